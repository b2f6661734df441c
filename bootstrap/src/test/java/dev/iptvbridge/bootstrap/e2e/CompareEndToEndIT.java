package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.bootstrap.cli.ExitCodes;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.sandbox.minerva.JournalEntry;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import dev.iptvbridge.sandbox.world.World;
import dev.iptvbridge.sandbox.world.WorldSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reconcile --all} on a world of 10,000 accounts with every kind of drift seeded, foreign
 * customers included: the dry run reports each difference exactly and changes nothing; without it
 * everything converges and a second run finds nothing; orphans stay until --delete-orphans.
 */
class CompareEndToEndIT {

    private static final String SPEC = "accounts=10000,seed=11,missing=0.002,should_be_enabled=0.002,"
            + "should_be_disabled=0.002,wrong_packages=0.002,wrong_profile=0.002,should_be_deleted=0.002,"
            + "orphan=0.001,foreign=0.001";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    static MinervaSimulator minerva;
    static PortaBillingSimulator billing;
    static World world;
    static Path config;

    @BeforeAll
    static void start() {
        minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults().withPort(0));
        billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults().withPort(0));
        world = World.generate(WorldSpec.parse(SPEC));
        billing.loadWorld(world);
        minerva.loadWorld(world);
        config = SandboxConfiguration.write(data, 0, billing.baseUrl(), minerva.baseUrl(),
                Map.of("maintenance.sweepInterval", "0s", "maintenance.compareOnFirstStart", "false"));
    }

    @AfterAll
    static void stop() {
        billing.close();
        minerva.close();
    }

    @Test
    void aDryRunReportsEachDifferenceAndARealRunConvergesEverythingButOrphansUntilAsked() throws Exception {
        Path report = data.resolve("drift.json");
        Cli dryRun = Cli.run("reconcile", "--all", "--dry-run", "--output", report.toString(), "--config", cfg());

        assertThat(dryRun.exitCode()).as(dryRun.err()).isEqualTo(ExitCodes.OK);
        JsonNode json = JSON.readTree(report.toFile());
        assertThat(json.path("checked").path("accounts").asLong()).isEqualTo(10_000);
        Map<String, Long> expectedCounts = new HashMap<>();
        world.driftCounts().forEach((kind, count) -> expectedCounts.put(kind.key(), (long) count));
        assertThat(counts(json)).isEqualTo(expectedCounts);
        assertThat(differences(json)).isEqualTo(expected());
        assertThat(dryRun.out()).contains("missing", "wrong_profile", "foreign", "dry run, nothing queued");
        assertThat(minerva.journal()).extracting(JournalEntry::method).containsOnly("GET");
        try (IptvBridge bridge = IptvBridge.fromConfigFile(config, Map.of())) {
            QueueStats stats = bridge.use(WorkQueuePort.class).stats();
            assertThat(stats.queued() + stats.claimed()).as("a dry run queues nothing").isZero();
        }

        try (IptvBridge daemon = IptvBridge.fromConfigFile(config, Map.of())) {
            daemon.daemon().start();
            Path csv = data.resolve("drift.csv");
            Cli converge = Cli.run("reconcile", "--all", "--wait", "300", "--output", csv.toString(), "--config", cfg());
            assertThat(converge.exitCode()).as(converge.err()).isEqualTo(ExitCodes.OK);
            List<String> lines = Files.readAllLines(csv);
            assertThat(lines.get(0)).isEqualTo("account,kind,want,have");
            assertThat(lines).hasSize(expected().size() + 1);

            Map<String, Long> afterwards = dryRunCounts();
            Map<String, Long> onlyOrphansAndForeign = new HashMap<>();
            expectedCounts.forEach((kind, count) -> onlyOrphansAndForeign.put(kind,
                    kind.equals("orphan") || kind.equals("foreign") ? count : 0L));
            assertThat(afterwards).as("everything converged; orphans stay until asked").isEqualTo(onlyOrphansAndForeign);

            Cli orphans = Cli.run("reconcile-all", "--delete-orphans", "--wait", "300", "--config", cfg());
            assertThat(orphans.exitCode()).as(orphans.err()).isEqualTo(ExitCodes.OK);
            Map<String, Long> last = dryRunCounts();
            assertThat(last.get("orphan")).isZero();
            assertThat(last.get("foreign")).as("foreign customers are never touched")
                    .isEqualTo(expectedCounts.get("foreign"));
            assertThat(last.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(expectedCounts.get("foreign"));
        }
    }

    @Test
    void aReportFileOfAnotherKindIsRefusedBeforeAnythingRuns() {
        Cli run = Cli.run("reconcile", "--all", "--output", data.resolve("drift.txt").toString(), "--config", cfg());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("drift.txt", ".json or .csv");
        assertThat(data.resolve("drift.txt")).doesNotExist();
        Cli neither = Cli.run("reconcile", "--config", cfg());
        assertThat(neither.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(neither.err()).contains("ACCOUNT", "--all");
        assertThat(Cli.run("reconcile", "1000001", "--all", "--config", cfg()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    private static Map<String, Long> dryRunCounts() throws Exception {
        Cli run = Cli.run("reconcile", "--all", "--dry-run", "--format", "json", "--config", cfg());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        return counts(JSON.readTree(run.out()));
    }

    private static Map<String, Long> counts(JsonNode json) {
        Map<String, Long> counts = new HashMap<>();
        json.path("counts").fields().forEachRemaining(count -> counts.put(count.getKey(), count.getValue().asLong()));
        return counts;
    }

    private static SortedMap<String, String> differences(JsonNode json) {
        SortedMap<String, String> found = new TreeMap<>();
        json.path("differences").forEach(difference -> {
            String key = difference.has("account") ? difference.path("account").asText()
                    : difference.path("externalId").asText();
            assertThat(found.put(key, difference.path("kind").asText())).as("one kind for " + key).isNull();
        });
        return found;
    }

    private static SortedMap<String, String> expected() {
        SortedMap<String, String> expected = new TreeMap<>();
        world.expectedDrift().forEach((id, kind) -> expected.put(id, kind.key()));
        return expected;
    }

    private static String cfg() {
        return config.toString();
    }
}
