package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.in.ExplainAccountUseCase;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.config.CatalogLoader;
import dev.iptvbridge.embedded.config.ConfigLoader;
import dev.iptvbridge.embedded.internal.view.ExplainJson;
import dev.iptvbridge.embedded.internal.view.ExplainView;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.minerva.SimCustomer;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog naming a package the Minerva simulator does not have (started with {@code catalogCheck: warn}):
 * an account unblocked onto it is enabled with every package Minerva knows, and parked naming the one it lacks,
 * in the queue, the explain view and PortaBilling's status.
 */
class CatalogErrorEndToEndIT {

    static final List<String> KNOWN_FAMILY = List.of("CALLER-ID", "CH-BASIC", "CH-KIDS", "SVOD-CATALOG");

    @TempDir
    Path data;

    @Test
    void an_unblocked_account_gets_its_known_packages_and_is_parked_naming_the_unknown_one() throws Exception {
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults().withPort(0));
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults()
                     .withPort(0))) {
            billing.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            minerva.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            Path file = SandboxConfiguration.write(data, 0, billing.baseUrl(), minerva.baseUrl(),
                    Map.of("catalogCheck", "warn", "maintenance.sweepInterval", "0s"));
            Path catalog = file.resolveSibling("catalog.yaml");
            Files.writeString(catalog, Files.readString(catalog).replace("SVOD-CATALOG, CALLER-ID]",
                    "SVOD-CATALOG, CALLER-ID, CH-FAMILY-GONE]"));
            BridgeConfig config = ConfigLoader.load(file, Map.of());
            try (IptvBridge bridge = IptvBridge.create(config, CatalogLoader.load(config.catalog()), Clock.systemUTC())) {
                int port = bridge.daemon().start();
                billing.espf().configure("http://127.0.0.1:" + port + "/espf/events", SandboxWorld.WEBHOOK_USER,
                        SandboxWorld.WEBHOOK_PASSWORD, "Authorization");
                long dana = billing.addAccount(account("dana@tv.example", 5001, 101));
                E2e.awaitCustomer(minerva, dana, E2e.enabledWith(E2e.BASIC));
                billing.updateAccount(dana, Map.of("blocked", "Y"));
                E2e.awaitCustomer(minerva, dana, E2e.disabled());
                E2e.awaitQuiet(billing, bridge, E2e.PATIENCE);

                billing.updateAccount(dana, Map.of("blocked", "N", "i_product", 102));

                SimCustomer enabled = E2e.awaitCustomer(minerva, dana, E2e.enabledWith(KNOWN_FAMILY));
                assertThat(enabled.wholeHomeDvr()).isTrue();
                WorkQueuePort queue = bridge.use(WorkQueuePort.class);
                await().atMost(E2e.PATIENCE).until(() -> queue.find(WorkKey.account(dana))
                        .map(QueueEntry::state).equals(Optional.of(QueueState.PARKED)));
                assertThat(queue.find(WorkKey.account(dana)).orElseThrow().lastError()).hasValueSatisfying(error ->
                        assertThat(error).contains("catalog error", "[CH-FAMILY-GONE]", "catalog check"));
                await().atMost(E2e.PATIENCE).until(() -> billing.provisioningStatus(dana, "IPTV")
                        .filter(status -> status.status().equals("FAILED")).isPresent());
                assertThat(billing.provisioningStatus(dana, "IPTV").orElseThrow().message())
                        .contains("Minerva does not know the package(s) [CH-FAMILY-GONE]");
                String explained = ExplainJson.write(ExplainView.of(bridge.use(ExplainAccountUseCase.class)
                        .explain(dana)));
                assertThat(explained).contains("[CH-FAMILY-GONE]");
                bridge.daemon().stop();
            }
        }
    }
}
