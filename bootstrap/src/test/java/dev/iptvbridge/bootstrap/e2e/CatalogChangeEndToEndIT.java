package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.BASIC_AND_SPORTS;
import static dev.iptvbridge.bootstrap.e2e.E2e.FAMILY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.persistence.Database;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog changed while the daemon runs: exactly the touched accounts are reconciled, nothing is lost. */
class CatalogChangeEndToEndIT {

    @TempDir
    Path data;

    @Test
    void a_catalog_change_over_ten_thousand_accounts_calls_minerva_for_exactly_the_touched_ones() throws Exception {
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            billing.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            minerva.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            try (IptvBridge bridge = CatalogWorld.bridge(data, billing, minerva, Map.of())) {
                bridge.use(Database.class).migrate();
                Set<Long> touched = new TreeSet<>();
                Set<Long> untouched = new TreeSet<>();
                for (int i = 0; i < 10_000; i++) {
                    long product = i % 10 == 0 ? 101 : 102;
                    long id = CatalogWorld.inStep(billing, minerva, bridge, i, product);
                    (product == 101 ? touched : untouched).add(id);
                }
                bridge.daemon().start();
                CatalogWorld.awaitGeneration(bridge, 1);
                Path next = Files.writeString(data.resolve("catalog-new.yaml"), CatalogWorld.SPORTS_IN_BASIC);
                Path answer = data.resolve("diff.json");
                Cli diff = Cli.run("catalog", "diff", bridge.config().catalog().toString(), next.toString(), "--config",
                        data.resolve("iptv-bridge.yaml").toString(), "--output", answer.toString());
                assertThat(diff.exitCode()).as(diff.err()).isZero();
                assertThat(diff.out()).contains("product-remapped", "1000 accounts touched", "add packages CH-SPORTS");
                JsonNode json = new ObjectMapper().readTree(answer.toFile());
                assertThat(json.get("count").asLong()).isEqualTo(1000);
                Set<Long> listed = new TreeSet<>();
                json.get("affected").forEach(id -> listed.add(id.asLong()));
                assertThat(listed).isEqualTo(touched);
                int mark = minerva.journal().size();

                CatalogWorld.writeCatalog(bridge, CatalogWorld.SPORTS_IN_BASIC);

                await().atMost(E2e.PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> touched.stream()
                        .allMatch(id -> E2e.customer(minerva, id).filter(E2e.enabledWith(BASIC_AND_SPORTS)).isPresent()));
                CatalogWorld.awaitQueueEmpty(bridge);
                assertThat(CatalogWorld.calledAccounts(minerva, mark)).as("accounts Minerva got a call for")
                        .isEqualTo(touched);
                assertThat(untouched).allMatch(id -> E2e.customer(minerva, id).filter(E2e.enabledWith(FAMILY)).isPresent());
                List<AuditEntry> switches = bridge.use(AuditLogPort.class).forAccount(0, 10).stream()
                        .filter(entry -> entry.category() == AuditCategory.CATALOG).toList();
                assertThat(switches.get(0).detail()).contains("generation 2", "1000 account(s) queued");
            }
        }
    }

    @Test
    void a_reload_during_a_burst_of_events_loses_nothing_and_every_account_ends_on_the_new_catalog() throws Exception {
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            billing.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            minerva.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            try (IptvBridge bridge = CatalogWorld.bridge(data, billing, minerva, Map.of())) {
                int port = bridge.daemon().start();
                CatalogWorld.awaitGeneration(bridge, 1);
                billing.espf().configure("http://127.0.0.1:" + port + "/espf/events", SandboxWorld.WEBHOOK_USER,
                        SandboxWorld.WEBHOOK_PASSWORD, "Authorization");
                billing.espf().parallelism(8);
                List<Long> accounts = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    long id = billing.addAccount(E2e.account("burst" + i + "@tv.example", 5001 + i % 3, 102));
                    billing.updateAccount(id, Map.of("i_product", 101));
                    accounts.add(id);
                    if (i == 100) {
                        // Halfway through the burst: the new catalog, and a reload asked from the command line.
                        CatalogWorld.writeCatalog(bridge, CatalogWorld.SPORTS_IN_BASIC);
                        Cli reload = Cli.run("catalog", "reload", "--config", data.resolve("iptv-bridge.yaml").toString());
                        assertThat(reload.exitCode()).as(reload.err()).isZero();
                        assertThat(reload.out()).contains("catalog reload request 1 recorded");
                    }
                }

                assertThat(billing.espf().awaitIdle(E2e.PATIENCE)).isTrue();
                await().atMost(E2e.PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> accounts.stream()
                        .allMatch(id -> E2e.customer(minerva, id).filter(E2e.enabledWith(BASIC_AND_SPORTS)).isPresent()));
                E2e.awaitQuiet(billing, bridge, E2e.PATIENCE);
                assertThat(accounts).allMatch(id -> E2e.customer(minerva, id).filter(E2e.enabledWith(BASIC_AND_SPORTS))
                        .isPresent());
            }
        }
    }
}
