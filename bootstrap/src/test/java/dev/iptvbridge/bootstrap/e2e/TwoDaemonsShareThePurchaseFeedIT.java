package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.config.CatalogLoader;
import dev.iptvbridge.embedded.config.ConfigLoader;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.minerva.SimPurchaseEvent;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two daemons on one PostgreSQL read the purchase feed once between them; the second takes over when the first stops. */
class TwoDaemonsShareThePurchaseFeedIT {

    @TempDir
    Path data;

    @Test
    void two_daemons_on_one_postgres_charge_every_purchase_once_and_the_second_takes_the_feed_over() throws Exception {
        TestPostgres.Connection3 database = TestPostgres.freshDatabase();
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            billing.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            minerva.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            List<Long> accounts = Purchases.accounts(billing, 10);
            List<SimPurchaseEvent> bought = new ArrayList<>(Purchases.buy(minerva, accounts, 150, 10));
            IptvBridge first = bridge(data.resolve("first"), billing, minerva, database);
            IptvBridge second = bridge(data.resolve("second"), billing, minerva, database);
            boolean firstOpen = true;
            try {
                first.daemon().start();
                second.daemon().start();
                await().atMost(E2e.PATIENCE).until(() -> billing.transactions().size() >= 60);
                first.close();
                firstOpen = false;
                bought.addAll(Purchases.buy(minerva, accounts, 150, 10));

                await().atMost(E2e.PATIENCE).until(() -> billing.transactions().size() >= 300 + 30);
                Purchases.assertExactlyOnce(billing, minerva, bought);
            } finally {
                if (firstOpen) {
                    first.close();
                }
                second.close();
            }
        }
    }

    private static IptvBridge bridge(Path directory, PortaBillingSimulator billing, MinervaSimulator minerva,
                                     TestPostgres.Connection3 database) {
        Map<String, String> keys = new HashMap<>(Purchases.settings());
        keys.putAll(Map.of("database.url", database.url(), "database.username", database.user(),
                "database.password", database.password()));
        Path file = SandboxConfiguration.write(directory, 0, billing.baseUrl(), minerva.baseUrl(), keys);
        BridgeConfig config = ConfigLoader.load(file, Map.of());
        return IptvBridge.create(config, CatalogLoader.load(config.catalog()), Clock.systemUTC());
    }
}
