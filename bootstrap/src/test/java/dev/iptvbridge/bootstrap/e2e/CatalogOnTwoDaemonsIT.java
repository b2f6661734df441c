package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.BASIC_AND_SPORTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.application.service.ActiveCatalog;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two daemons on one PostgreSQL database: one notices its changed catalog file, both switch, the work is done once. */
class CatalogOnTwoDaemonsIT {

    @TempDir
    Path data;

    @Test
    void both_daemons_switch_to_the_catalog_one_of_them_noticed_and_the_touched_accounts_are_queued_once() {
        TestPostgres.Connection3 database = TestPostgres.freshDatabase();
        Map<String, String> onPostgres = Map.of("database.url", database.url(), "database.username", database.user(),
                "database.password", database.password());
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults());
             IptvBridge first = CatalogWorld.bridge(data.resolve("first"), billing, minerva, onPostgres);
             IptvBridge second = CatalogWorld.bridge(data.resolve("second"), billing, minerva, onPostgres)) {
            billing.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            minerva.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            first.daemon().start();
            second.daemon().start();
            CatalogWorld.awaitGeneration(first, 1);
            CatalogWorld.awaitGeneration(second, 1);
            Set<Long> touched = new TreeSet<>();
            for (int i = 0; i < 300; i++) {
                long id = CatalogWorld.inStep(billing, minerva, first, i, i % 3 == 0 ? 101 : 102);
                if (i % 3 == 0) {
                    touched.add(id);
                }
            }
            int mark = minerva.journal().size();

            CatalogWorld.writeCatalog(first, CatalogWorld.SPORTS_IN_BASIC);

            CatalogWorld.awaitGeneration(first, 2);
            CatalogWorld.awaitGeneration(second, 2);
            assertThat(second.use(ActiveCatalog.class).current().digest())
                    .isEqualTo(first.use(ActiveCatalog.class).current().digest());
            await().atMost(E2e.PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> touched.stream()
                    .allMatch(id -> E2e.customer(minerva, id).filter(E2e.enabledWith(BASIC_AND_SPORTS)).isPresent()));
            CatalogWorld.awaitQueueEmpty(first);
            CatalogWorld.awaitQueueEmpty(second);
            assertThat(CatalogWorld.calledAccounts(minerva, mark)).isEqualTo(touched);
            List<AuditEntry> switches = first.use(AuditLogPort.class).forAccount(0, 10).stream()
                    .filter(entry -> entry.category() == AuditCategory.CATALOG && entry.detail().contains("generation 2"))
                    .toList();
            assertThat(switches).as("one switch to generation 2, by the daemon that noticed it").hasSize(1);
            assertThat(switches.get(0).detail()).contains(touched.size() + " account(s) queued");
        }
    }
}
