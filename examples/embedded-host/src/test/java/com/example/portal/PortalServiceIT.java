package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.embedded.ReconcileOutcome;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.minerva.SimCustomer;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal with the bridge inside, between the two simulators: PortaBilling's ESPF webhooks drive Minerva. */
class PortalServiceIT {

    @TempDir
    static Path data;
    static MinervaSimulator minerva;
    static PortaBillingSimulator billing;
    static PortalService portal;

    @BeforeAll
    static void start() throws IOException {
        minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
        billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults());
        minerva.loadScenario(resource("/scenarios/demo.yaml"));
        billing.loadScenario(resource("/scenarios/demo.yaml"));
        Files.copy(resource("/iptv-bridge.yaml"), data.resolve("iptv-bridge.yaml"));
        Files.copy(resource("/catalog.yaml"), data.resolve("catalog.yaml"));

        portal = PortalService.start(data.resolve("iptv-bridge.yaml"), Map.of(
                "IPTV_BRIDGE_PORTABILLING_URL", billing.baseUrl(),
                "IPTV_BRIDGE_MINERVA_URL", minerva.baseUrl(),
                "IPTV_BRIDGE_DATABASE_URL", "jdbc:h2:file:" + data.resolve("bridge").toAbsolutePath()), 0);
        billing.espf().configure("http://127.0.0.1:" + portal.port() + "/espf/events", "espf", "espf-secret",
                "Authorization");
    }

    @AfterAll
    static void stop() {
        billing.espf().pause();
        portal.close();
        billing.close();
        minerva.close();
    }

    @Test
    void an_account_is_created_blocked_unblocked_and_terminated_in_minerva_through_the_portal() {
        long id = billing.addAccount(account("portal@tv.example", 5001, 101));
        awaitCustomer(id, enabledWith(List.of("CH-BASIC")));

        billing.updateAccount(id, Map.of("blocked", "Y"));
        awaitCustomer(id, customer -> "DISABLED".equals(customer.status()));

        billing.updateAccount(id, Map.of("blocked", "N"));
        awaitCustomer(id, enabledWith(List.of("CH-BASIC")));

        billing.terminateAccount(id);
        await().atMost(Duration.ofSeconds(30)).until(() -> minerva.customer(String.valueOf(id)).isEmpty());
    }

    @Test
    void the_host_can_reconcile_and_explain_an_account_itself() {
        long id = billing.addAccount(account("explained@tv.example", 5002, 102));
        awaitCustomer(id, enabledWith(List.of("CALLER-ID", "CH-BASIC", "CH-KIDS", "SVOD-CATALOG")));

        // BUSY means a worker holds the account's lease right now: the host tries again.
        ReconcileOutcome outcome = await().atMost(Duration.ofSeconds(60)).until(() -> portal.bridge().reconcile(id),
                answer -> answer.result() != ReconcileOutcome.Result.BUSY);

        assertThat(outcome.result()).isEqualTo(ReconcileOutcome.Result.DONE);
        assertThat(outcome.applied()).as("already in step").isEmpty();
        assertThat(portal.bridge().explain(id).desiredState()).isEqualTo("ENABLED");
    }

    @Test
    void the_portals_health_route_reports_the_bridge_up() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + portal.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    private static void awaitCustomer(long id, Predicate<SimCustomer> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> minerva.customer(String.valueOf(id)).filter(condition).isPresent());
    }

    private static Predicate<SimCustomer> enabledWith(List<String> packages) {
        return customer -> "ENABLED".equals(customer.status()) && List.copyOf(customer.packages()).equals(packages);
    }

    private static Map<String, Object> account(String login, long customer, long product) {
        return Map.of("id", login, "i_customer", customer, "i_product", product, "blocked", "N", "bill_status", "O");
    }

    private static InputStream resource(String name) {
        return PortalServiceIT.class.getResourceAsStream(name);
    }
}
