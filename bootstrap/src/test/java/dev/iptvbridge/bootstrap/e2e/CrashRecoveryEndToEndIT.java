package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.FAMILY;
import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.minerva.SimCustomer;
import dev.iptvbridge.sandbox.portabilling.DeliveryFate;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon killed in the middle of a burst of 2,000 events, then started again: nothing is lost. */
class CrashRecoveryEndToEndIT {

    @TempDir
    Path data;

    @Test
    void a_daemon_killed_during_a_burst_and_started_again_ends_with_every_account_right() throws Exception {
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            billing.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            minerva.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            int port = DaemonProcess.freePort();
            Path config = SandboxConfiguration.write(data, port, billing.baseUrl(), minerva.baseUrl(),
                    Map.of("maintenance.sweepInterval", "0s", "retry.lease", "3s", "workers", "8"));
            Path log = data.resolve("daemon.log");
            DaemonProcess daemon = DaemonProcess.start(config, port, log);
            billing.espf().configure("http://127.0.0.1:" + port + "/espf/events", SandboxWorld.WEBHOOK_USER,
                    SandboxWorld.WEBHOOK_PASSWORD, "Authorization");
            billing.espf().retryDelay(Duration.ofMillis(200));
            billing.espf().parallelism(8);

            List<Long> kept = new ArrayList<>();
            List<Long> terminated = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                long id = billing.addAccount(account("burst" + i + "@tv.example", 5001 + i % 3, 101));
                billing.updateAccount(id, Map.of("blocked", "Y"));
                billing.updateAccount(id, Map.of("i_product", 102));
                if (i % 5 == 0) {
                    billing.terminateAccount(id);
                    terminated.add(id);
                } else {
                    billing.updateAccount(id, Map.of("blocked", "N"));
                    kept.add(id);
                }
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> delivered(billing) >= 400);
            daemon.kill();
            long deliveredBeforeTheCrash = delivered(billing);
            assertThat(deliveredBeforeTheCrash).as("the crash came in the middle of the burst").isLessThan(2000);

            DaemonProcess restarted = DaemonProcess.start(config, port, log);
            try {
                assertThat(billing.espf().awaitIdle(Duration.ofSeconds(240))).as("every event delivered").isTrue();
                await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(250)).until(() ->
                        kept.stream().allMatch(id -> isEnabledFamily(minerva.customer(String.valueOf(id))))
                                && terminated.stream().allMatch(id -> minerva.customer(String.valueOf(id)).isEmpty()));
                assertThat(billing.espf().log()).noneMatch(delivery -> delivery.fate() == DeliveryFate.DROPPED);
            } catch (AssertionError | RuntimeException failure) {
                // Keep the daemon's log where CI keeps its reports: it says why.
                java.nio.file.Files.copy(log, Path.of("target", "failsafe-reports", "crash-recovery-daemon.log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                throw failure;
            } finally {
                assertThat(restarted.terminate()).as("a clean stop on SIGTERM").isIn(0, 143);
            }
        }
    }

    private static long delivered(PortaBillingSimulator billing) {
        return billing.espf().log().stream().filter(delivery -> delivery.fate() == DeliveryFate.DELIVERED).count();
    }

    private static boolean isEnabledFamily(Optional<SimCustomer> customer) {
        return customer.filter(c -> "ENABLED".equals(c.status()) && c.packages().equals(FAMILY)).isPresent();
    }
}
