package dev.iptvbridge.bootstrap.bench;

import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A burst of events over many accounts against both simulators, with Minerva at a fixed latency
 * behind a cap of concurrent calls. Prints a table: time to accept the burst, time to converge,
 * Minerva calls per event, and the achieved Minerva call rate as a fraction of the bound that the
 * cap and the latency set (cap / latency). Not a test: run it from docs/performance.md.
 *
 * <p>Arguments (all optional): {@code database events accounts latencyMs cap workers}; default
 * {@code postgres 100000 20000 20 32 64}. {@code database} is {@code postgres} (embedded, or the server at
 * {@code IPTV_BRIDGE_TEST_POSTGRES_URL}) or {@code h2} (a file in a temporary directory).
 */
public final class BurstBenchmark {

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "postgres";
        int events = arg(args, 1, 100_000);
        int accounts = arg(args, 2, 20_000);
        int latencyMs = arg(args, 3, 20);
        int cap = arg(args, 4, 32);
        int workers = arg(args, 5, 64);
        int rounds = Math.max(1, events / accounts);
        Path data = Files.createTempDirectory("iptv-bridge-burst");
        System.out.printf("burst benchmark on %s: %,d events over %,d accounts, Minerva %d ms per call, cap %d, %d workers%n",
                database, rounds * accounts, accounts, latencyMs, cap, workers);

        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            minerva.loadScenario(BurstBenchmark.class.getResourceAsStream("/scenarios/demo.yaml"));
            billing.loadScenario(BurstWorld.write(data.resolve("burst.yaml"), accounts));
            minerva.faults().latency(Duration.ofMillis(latencyMs));
            Map<String, String> settings = new java.util.HashMap<>(BenchDatabase.settings(database));
            settings.putAll(Map.of("minerva.maxConcurrency", String.valueOf(cap), "minerva.ratePerSecond", "100000",
                    "workers", String.valueOf(workers), "database.maxPoolSize", String.valueOf(workers + 8),
                    "maintenance.sweepInterval", "0s"));
            Path config = SandboxConfiguration.write(data, 0, billing.baseUrl(), minerva.baseUrl(), settings);
            try (IptvBridge bridge = IptvBridge.fromConfigFile(config, Map.of())) {
                int port = bridge.daemon().start();
                billing.espf().configure("http://127.0.0.1:" + port + "/espf/events", SandboxWorld.WEBHOOK_USER,
                        SandboxWorld.WEBHOOK_PASSWORD, "Authorization");
                billing.espf().parallelism(32);
                long start = System.nanoTime();
                List<Map<String, Object>> changes = BurstWorld.changes();
                for (int round = 0; round < rounds; round++) {
                    for (int account = 0; account < accounts; account++) {
                        billing.updateAccount(BurstWorld.FIRST_ACCOUNT + account, changes.get(round % changes.size()));
                    }
                    System.out.printf("  round %d of %d of changes made in billing%n", round + 1, rounds);
                }
                Progress.awaitAccepted(billing, start);
                double accepted = seconds(start);
                Progress.awaitConverged(bridge, minerva, accounts, rounds, start);
                double converged = seconds(start);
                long minervaCalls = minerva.callCounts().values().stream().mapToLong(Long::longValue).sum();
                long delivered = billing.espf().log().size();
                double achievedRate = minervaCalls / converged;
                double bound = cap * 1000.0 / latencyMs;
                System.out.println();
                System.out.println("| figure | value |");
                System.out.println("|---|---|");
                System.out.printf("| events delivered | %,d |%n", delivered);
                System.out.printf("| time to accept the burst | %.1f s (%,.0f events/s) |%n", accepted, delivered / accepted);
                System.out.printf("| time to converge | %.1f s |%n", converged);
                System.out.printf("| Minerva calls | %,d (%.3f per event) |%n", minervaCalls, minervaCalls / (double) delivered);
                System.out.printf("| Minerva calls by operation | %s |%n", minerva.callCounts());
                System.out.printf("| peak concurrent Minerva calls | %d (cap %d) |%n", minerva.maxConcurrentSeen(), cap);
                System.out.printf("| achieved Minerva rate | %,.0f calls/s = %.2f of the bound %,.0f calls/s |%n",
                        achievedRate, achievedRate / bound, bound);
            }
        } finally {
            BenchDatabase.stop();
            deleteQuietly(data);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index].replace("_", "")) : fallback;
    }

    static void deleteQuietly(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    static QueueStats stats(IptvBridge bridge) {
        return bridge.use(WorkQueuePort.class).stats();
    }

    /** Reconciles the bridge's workers ran, whatever their outcome. */
    static long reconciles(IptvBridge bridge) {
        return (long) bridge.use(io.micrometer.core.instrument.MeterRegistry.class).find("iptv_bridge_reconciles_total")
                .counters().stream().mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }
}
