package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.BASIC;
import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static dev.iptvbridge.bootstrap.e2e.E2e.awaitAbsent;
import static dev.iptvbridge.bootstrap.e2e.E2e.awaitCustomer;
import static dev.iptvbridge.bootstrap.e2e.E2e.disabled;
import static dev.iptvbridge.bootstrap.e2e.E2e.enabledWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.embedded.EspfHttpRequest;
import dev.iptvbridge.embedded.EspfHttpResponse;
import dev.iptvbridge.embedded.IptvBridgeHost;
import dev.iptvbridge.embedded.ReconcileOutcome;
import dev.iptvbridge.embedded.guice.IptvBridgeModule;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Guice host (its own DataSource, clock and registry bound) installs {@link IptvBridgeModule}, mounts the
 * webhook on the JDK's HTTP server, and PortaBilling's real ESPF deliveries walk an account through its life.
 */
class EmbeddedInGuiceHostIT {

    @TempDir
    static Path data;
    static MinervaSimulator minerva;
    static PortaBillingSimulator billing;
    static HikariDataSource hostPool;
    static SimpleMeterRegistry hostRegistry = new SimpleMeterRegistry();
    static IptvBridgeHost bridge;
    static HttpServer server;

    @BeforeAll
    static void start() throws IOException {
        minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
        billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults());
        minerva.loadScenario(EmbeddedInGuiceHostIT.class.getResourceAsStream("/scenarios/demo.yaml"));
        billing.loadScenario(EmbeddedInGuiceHostIT.class.getResourceAsStream("/scenarios/demo.yaml"));
        Path config = SandboxConfiguration.write(data, 0, billing.baseUrl(), minerva.baseUrl(),
                Map.of("maintenance.sweepInterval", "0s"));
        hostPool = new HikariDataSource();
        hostPool.setJdbcUrl("jdbc:h2:file:" + data.resolve("host-db").toAbsolutePath());

        Injector host = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                bind(DataSource.class).toInstance(hostPool);
                bind(Clock.class).toInstance(Clock.systemUTC());
                bind(MeterRegistry.class).toInstance(hostRegistry);
            }
        }, IptvBridgeModule.fromConfigFile(config, Map.of()));
        bridge = host.getInstance(IptvBridgeHost.class);

        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/billing/espf", exchange -> {
            EspfHttpResponse answer = bridge.handleEspf(EspfHttpRequest.ofMultiValued(exchange.getRequestHeaders(),
                    exchange.getRequestBody().readAllBytes(), String.valueOf(exchange.getRemoteAddress())));
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            byte[] body = answer.bodyBytes();
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        bridge.startWorkers();
        billing.espf().configure("http://127.0.0.1:" + server.getAddress().getPort() + "/billing/espf",
                SandboxWorld.WEBHOOK_USER, SandboxWorld.WEBHOOK_PASSWORD, "Authorization");
    }

    @AfterAll
    static void stop() {
        billing.espf().pause();
        server.stop(0);
        bridge.close();
        billing.close();
        minerva.close();
        assertThat(hostPool.isClosed()).as("the bridge leaves the host's pool open").isFalse();
        hostPool.close();
    }

    @Test
    void an_account_follows_its_life_through_the_hosts_route() {
        long id = billing.addAccount(account("embedded@tv.example", 5001, 101));
        awaitCustomer(minerva, id, enabledWith(BASIC));

        billing.updateAccount(id, Map.of("blocked", "Y"));
        awaitCustomer(minerva, id, disabled());

        billing.updateAccount(id, Map.of("blocked", "N"));
        awaitCustomer(minerva, id, enabledWith(BASIC));
        assertThat(bridge.explain(id).desiredState()).isEqualTo("ENABLED");
        assertThat(bridge.explain(id).plan()).isEmpty();

        billing.terminateAccount(id);
        awaitAbsent(minerva, id);
        // The worker that applied the delete may still hold the account's lease: BUSY means "try again".
        ReconcileOutcome again = await().atMost(E2e.PATIENCE).until(() -> bridge.reconcile(id),
                outcome -> outcome.result() != ReconcileOutcome.Result.BUSY);
        assertThat(again.result()).isEqualTo(ReconcileOutcome.Result.DONE);
        assertThat(again.applied()).isEmpty();
    }

    @Test
    void health_is_up_and_the_meters_are_in_the_hosts_registry() {
        assertThat(bridge.health().up()).isTrue();
        long id = billing.addAccount(account("metered@tv.example", 5001, 101));
        awaitCustomer(minerva, id, enabledWith(BASIC));

        assertThat(hostRegistry.find("iptv_bridge_events_received_total").tag("outcome", "stored").counter())
                .isNotNull();
        // A reconcile is counted once it returns, just after Minerva changed: wait for it.
        org.awaitility.Awaitility.await().atMost(E2e.PATIENCE).untilAsserted(() -> assertThat(
                hostRegistry.find("iptv_bridge_reconciles_total").tag("outcome", "ok").counters()).isNotEmpty());
        assertThat(hostRegistry.find("iptv_bridge_minerva_call_seconds").timers()).isNotEmpty();
    }
}
