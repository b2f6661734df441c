package dev.iptvbridge.bootstrap.bench;

import dev.iptvbridge.application.port.out.InboundEvent;
import dev.iptvbridge.application.port.out.InboxPort;
import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.persistence.Database;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Drain: a queue of accounts waiting (each new to Minerva, so each reconcile reads and creates), then the
 * daemon's workers start, and the benchmark measures how fast the queue empties, as Minerva calls per second
 * against the bound the cap and the latency set (cap / latency). Both simulators run in this JVM. Arguments
 * (optional): {@code database accounts latencyMs cap workers}; default {@code postgres 4000 20 32 48}.
 */
public final class DrainBenchmark {

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "postgres";
        int accounts = BurstBenchmark.arg(args, 1, 4000);
        int latencyMs = BurstBenchmark.arg(args, 2, 20);
        int cap = BurstBenchmark.arg(args, 3, 32);
        int workers = BurstBenchmark.arg(args, 4, 48);
        Path data = Files.createTempDirectory("iptv-bridge-drain");
        System.out.printf("drain benchmark on %s: %,d queued accounts, Minerva %d ms per call, cap %d, %d workers%n",
                database, accounts, latencyMs, cap, workers);
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            minerva.loadScenario(DrainBenchmark.class.getResourceAsStream("/scenarios/demo.yaml"));
            billing.loadScenario(BurstWorld.write(data.resolve("burst.yaml"), accounts));
            minerva.faults().latency(Duration.ofMillis(latencyMs));
            Map<String, String> settings = new HashMap<>(BenchDatabase.settings(database));
            settings.putAll(Map.of("minerva.maxConcurrency", String.valueOf(cap), "minerva.ratePerSecond", "100000",
                    "workers", String.valueOf(workers), "database.maxPoolSize", String.valueOf(workers + 8),
                    "maintenance.sweepInterval", "0s", "queue.settleDelay", "0s"));
            // Every reconcile reads the customer and creates it, as before ADR 0018: the benchmark is about the
            // rate of Minerva calls, so it keeps two calls per account rather than the create alone.
            settings.put("queue.trustAppliedFor", "0s");
            Path config = SandboxConfiguration.write(data, 0, billing.baseUrl(), minerva.baseUrl(), settings);
            try (IptvBridge bridge = IptvBridge.fromConfigFile(config, Map.of())) {
                bridge.use(Database.class).migrate();
                InboxPort inbox = bridge.use(InboxPort.class);
                Instant now = Instant.now();
                for (int account = 0; account < accounts; account++) {
                    inbox.store(new InboundEvent(account + 1, "Subscriber/Updated", OptionalInt.of(3),
                            WorkKey.account(BurstWorld.FIRST_ACCOUNT + account), Optional.empty(), now));
                }
                long callsBefore = calls(minerva);
                long start = System.nanoTime();
                bridge.daemon().start();
                // The rate is taken over the steady part of the drain: after the first third (the JIT compiles
                // the whole stack meanwhile, some ten thousand methods) and before the last tenth (fewer entries
                // left than workers).
                long warmUpEnd = accounts / 3;
                long windowEnd = accounts - accounts / 10;
                Mark warm = null;
                Mark done = null;
                QueueStats stats;
                while ((stats = BurstBenchmark.stats(bridge)).queued() + stats.claimed() > 0) {
                    long drained = accounts - stats.queued() - stats.claimed();
                    if (warm == null && drained >= warmUpEnd) {
                        warm = Mark.now(drained, calls(minerva));
                    } else if (warm != null && done == null && drained >= windowEnd) {
                        done = Mark.now(drained, calls(minerva));
                    }
                    Thread.sleep(20);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long minervaCalls = calls(minerva) - callsBefore;
                double bound = cap * 1000.0 / latencyMs;
                if (warm == null || done == null) {
                    throw new IllegalStateException("the drain ended before its steady window; queue more accounts");
                }
                double windowSeconds = (done.nanos - warm.nanos) / 1e9;
                double rate = (done.calls - warm.calls) / windowSeconds;
                double wholeRate = minervaCalls / seconds;
                System.out.println();
                System.out.println("| figure | value |");
                System.out.println("|---|---|");
                System.out.printf("| accounts drained | %,d in %.1f s (%,.0f reconciles/s) |%n", accounts, seconds,
                        accounts / seconds);
                System.out.printf("| Minerva calls | %,d: %s |%n", minervaCalls, minerva.callCounts());
                System.out.printf("| peak concurrent Minerva calls | %d (cap %d) |%n", minerva.maxConcurrentSeen(), cap);
                System.out.printf("| whole drain, warm-up included | %,.0f calls/s = %.2f of the bound %,.0f calls/s |%n",
                        wholeRate, wholeRate / bound, bound);
                System.out.printf("| steady window (accounts %,d to %,d) | %,d reconciles in %.1f s: %,.0f calls/s ="
                        + " %.2f of the bound |%n", warm.drained, done.drained, done.drained - warm.drained,
                        windowSeconds, rate, rate / bound);
                System.out.printf("%nIn the steady window:");
                done.cpu.printSince(warm.cpu, (int) (done.drained - warm.drained));
                System.out.println();
                System.out.printf("RESULT drain_whole_vs_bound=%.2f%n", wholeRate / bound);
                System.out.printf("RESULT drain_vs_bound=%.2f%n", rate / bound);
            }
        } finally {
            BenchDatabase.stop();
            BurstBenchmark.deleteQuietly(data);
        }
    }

    private record Mark(long drained, long calls, long nanos, ThreadCpu cpu) {
        static Mark now(long drained, long calls) {
            return new Mark(drained, calls, System.nanoTime(), ThreadCpu.now());
        }
    }

    private static long calls(MinervaSimulator minerva) {
        return minerva.callCounts().values().stream().mapToLong(Long::longValue).sum();
    }
}
