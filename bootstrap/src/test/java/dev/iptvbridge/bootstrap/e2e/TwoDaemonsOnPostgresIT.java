package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.FAMILY;
import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.application.service.ReconcileAccountService;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.embedded.config.CatalogLoader;
import dev.iptvbridge.embedded.config.ConfigLoader;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two daemons on one PostgreSQL database share the work and never reconcile one account at the same time. */
class TwoDaemonsOnPostgresIT {

    static final Map<Long, String> IN_FLIGHT = new ConcurrentHashMap<>();
    static final List<String> OVERLAPS = new CopyOnWriteArrayList<>();
    static final Map<String, AtomicInteger> RECONCILES = new ConcurrentHashMap<>();

    @TempDir
    Path data;

    @Test
    void two_daemons_share_the_queue_without_ever_reconciling_one_account_twice_at_once() throws Exception {
        TestPostgres.Connection3 database = TestPostgres.freshDatabase();
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            billing.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            minerva.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            minerva.faults().latency(Duration.ofMillis(5));
            IptvBridge first = bridge("first", data.resolve("first"), billing, minerva, database);
            IptvBridge second = bridge("second", data.resolve("second"), billing, minerva, database);
            try {
                int port = first.daemon().start();
                second.daemon().start();
                billing.espf().configure("http://127.0.0.1:" + port + "/espf/events", SandboxWorld.WEBHOOK_USER,
                        SandboxWorld.WEBHOOK_PASSWORD, "Authorization");
                billing.espf().parallelism(8);
                List<Long> accounts = new ArrayList<>();
                for (int i = 0; i < 250; i++) {
                    long id = billing.addAccount(account("shared" + i + "@tv.example", 5001 + i % 3, 101));
                    billing.updateAccount(id, Map.of("blocked", "Y"));
                    billing.updateAccount(id, Map.of("i_product", 102));
                    billing.updateAccount(id, Map.of("blocked", "N"));
                    accounts.add(id);
                }

                assertThat(billing.espf().awaitIdle(Duration.ofSeconds(120))).isTrue();
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> accounts.stream()
                        .allMatch(id -> minerva.customer(String.valueOf(id))
                                .filter(c -> "ENABLED".equals(c.status()) && c.packages().equals(FAMILY)).isPresent()));

                assertThat(OVERLAPS).as("accounts reconciled by two workers at once").isEmpty();
                assertThat(RECONCILES.get("first").get()).as("reconciles by the first daemon").isPositive();
                assertThat(RECONCILES.get("second").get()).as("reconciles by the second daemon").isPositive();
            } finally {
                first.close();
                second.close();
            }
        }
    }

    private static IptvBridge bridge(String name, Path directory, PortaBillingSimulator billing, MinervaSimulator minerva,
                                     TestPostgres.Connection3 database) {
        Path file = SandboxConfiguration.write(directory, 0, billing.baseUrl(), minerva.baseUrl(), Map.of(
                "database.url", database.url(), "database.username", database.user(),
                "database.password", database.password(), "workers", "8", "maintenance.sweepInterval", "0s"));
        BridgeConfig config = ConfigLoader.load(file, Map.of());
        RECONCILES.put(name, new AtomicInteger());
        return IptvBridge.create(config, CatalogLoader.load(config.catalog()), Clock.systemUTC(), new AbstractModule() {
            @Provides
            @Singleton
            ReconcileAccountUseCase watched(ReconcileAccountService service) {
                return command -> {
                    String previous = IN_FLIGHT.putIfAbsent(command.accountId(), name);
                    if (previous != null) {
                        OVERLAPS.add("account " + command.accountId() + " by " + name + " while " + previous + " held it");
                    }
                    try {
                        RECONCILES.get(name).incrementAndGet();
                        return service.reconcile(command);
                    } finally {
                        if (previous == null) {
                            IN_FLIGHT.remove(command.accountId());
                        }
                    }
                };
            }
        });
    }
}
