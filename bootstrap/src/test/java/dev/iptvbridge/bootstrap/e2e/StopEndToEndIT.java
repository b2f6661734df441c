package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM while workers are busy, on H2: they finish or hand back, and the bridge closes H2 itself. */
class StopEndToEndIT {

    @TempDir
    Path data;

    @Test
    void a_daemon_stopped_while_reconciling_leaves_no_claimed_entry_and_no_closed_database_trace() throws Exception {
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            billing.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            minerva.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            int port = DaemonProcess.freePort();
            Path config = SandboxConfiguration.write(data, port, billing.baseUrl(), minerva.baseUrl(),
                    Map.of("maintenance.sweepInterval", "0s", "workers", "4"));
            Path log = data.resolve("daemon.log");
            DaemonProcess daemon = DaemonProcess.start(config, port, log);
            billing.espf().configure("http://127.0.0.1:" + port + "/espf/events", SandboxWorld.WEBHOOK_USER,
                    SandboxWorld.WEBHOOK_PASSWORD, "Authorization");
            minerva.faults().latency(Duration.ofMillis(1500));
            for (int i = 0; i < 12; i++) {
                billing.addAccount(account("stop" + i + "@tv.example", 5001 + i % 3, 101));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> minerva.inFlight() > 0);

            assertThat(daemon.terminate()).as("a clean stop on SIGTERM").isIn(0, 143);

            // Kept where CI keeps its reports: what the daemon said while stopping.
            Files.copy(log, Path.of("target", "failsafe-reports", "stop-daemon.log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String output = Files.readString(log);
            assertThat(output).doesNotContain("Database is already closed").contains("workers stopped");
            try (java.util.stream.Stream<Path> files = Files.walk(data)) {
                // H2 writes its own errors to a .trace.db file beside the database.
                assertThat(files.filter(file -> file.toString().endsWith(".trace.db")).map(StopEndToEndIT::read))
                        .noneMatch(trace -> trace.contains("already closed"));
            }
            try (IptvBridge reopened = IptvBridge.fromConfigFile(config, Map.of())) {
                QueueStats stats = reopened.use(WorkQueuePort.class).stats();
                assertThat(stats.claimed()).as("entries left claimed by the stopped daemon").isZero();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
