package dev.iptvbridge.bootstrap.bench;

import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
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
import java.util.HashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Convergence of a burst, the bridge beside an edge-triggered baseline ({@link EdgeTriggeredBaseline}) in
 * the same run: each gets fresh simulators, a fresh database and the same workers, the same burst of
 * billing changes (five per account, {@link BurstWorld}) delivered by the PortaBilling simulator's sender
 * with 32 parallel deliveries, and Minerva at the same latency and cap. Converged: every account enabled
 * with its final packages, nothing left to do. A small warm-up of each side runs first, then three pairs (the
 * bridge, then the baseline); the figures are the pair of the median ratio, every pair printed. Arguments (optional): {@code database events accounts latencyMs cap workers settleDelay};
 * default {@code postgres 2000 400 20 32 32} and the bridge's own {@code queue.settleDelay}.
 */
public final class ConvergeBenchmark {

    private static final int WARM_UP_ACCOUNTS = 50;
    private static final int PAIRS = 3;

    /** One side's figures. */
    record Run(double seconds, double acceptedSeconds, long minervaCalls, long reconciles, long failures, long right,
               double cpuSeconds) {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "postgres";
        int accounts = BurstBenchmark.arg(args, 2, 400);
        int rounds = Math.max(1, BurstBenchmark.arg(args, 1, 2000) / accounts);
        int latencyMs = BurstBenchmark.arg(args, 3, 20);
        int cap = BurstBenchmark.arg(args, 4, 32);
        int workers = BurstBenchmark.arg(args, 5, 32);
        Map<String, String> extra = args.length > 6 ? Map.of("queue.settleDelay", args[6]) : Map.of();
        int events = rounds * accounts;
        System.out.printf("convergence benchmark on %s: %,d events over %,d accounts, Minerva %d ms per call, cap %d, "
                + "%d workers%s%n", database, events, accounts, latencyMs, cap, workers,
                extra.isEmpty() ? "" : ", queue.settleDelay " + args[6]);
        // A small round of each first, so that neither side pays for the JIT's warm-up.
        run(database, WARM_UP_ACCOUNTS, rounds, latencyMs, cap, workers, extra, false);
        run(database, WARM_UP_ACCOUNTS, rounds, latencyMs, cap, workers, extra, true);
        // Pairs, each the bridge then the baseline: on two shared cores one pair's ratio swung from 0.54 to 0.87,
        // mostly with how fast the burst was accepted, so the figure is the pair of the median ratio.
        List<Run[]> pairs = new ArrayList<>();
        for (int pair = 0; pair < PAIRS; pair++) {
            pairs.add(new Run[] {run(database, accounts, rounds, latencyMs, cap, workers, extra, false),
                    run(database, accounts, rounds, latencyMs, cap, workers, extra, true)});
        }
        pairs.sort(Comparator.comparingDouble(pair -> pair[0].seconds() / pair[1].seconds()));
        System.out.println();
        System.out.println("| pair | side | time to converge | all events answered after | reconciles | Minerva calls "
                + "| per event | accounts right | machine CPU |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Run[] pair : pairs) {
            String ratio = String.format("%.2f", pair[0].seconds() / pair[1].seconds());
            row(ratio, "bridge (coalescing, settle delay)", pair[0], events, accounts);
            row(ratio, "edge-triggered baseline (one reconcile per event)", pair[1], events, accounts);
        }
        Run bridge = pairs.get(PAIRS / 2)[0];
        Run baseline = pairs.get(PAIRS / 2)[1];
        System.out.println();
        System.out.printf("RESULT converge_vs_baseline=%.2f%n", bridge.seconds() / baseline.seconds());
        System.out.printf("RESULT minerva_calls_per_event=%.3f%n", bridge.minervaCalls() / (double) events);
        System.out.printf("RESULT baseline_minerva_calls_per_event=%.3f%n", baseline.minervaCalls() / (double) events);
    }

    private static void row(String pair, String side, Run run, int events, int accounts) {
        System.out.printf("| %s | %s | %.1f s | %.1f s | %,d | %,d | %.3f | %,d of %,d%s | %.1f s |%n", pair, side, run.seconds(),
                run.acceptedSeconds(), run.reconciles(),
                run.minervaCalls(), run.minervaCalls() / (double) events, run.right(), accounts,
                run.failures() == 0 ? "" : " (" + run.failures() + " failed reconciles)", run.cpuSeconds());
    }

    private static Run run(String database, int accounts, int rounds, int latencyMs, int cap, int workers,
                           Map<String, String> extra, boolean baseline) throws Exception {
        Path data = Files.createTempDirectory("iptv-bridge-converge");
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            minerva.loadScenario(ConvergeBenchmark.class.getResourceAsStream("/scenarios/demo.yaml"));
            billing.loadScenario(BurstWorld.write(data.resolve("burst.yaml"), accounts));
            minerva.faults().latency(Duration.ofMillis(latencyMs));
            Map<String, String> settings = new HashMap<>(BenchDatabase.settings(database));
            settings.putAll(Map.of("minerva.maxConcurrency", String.valueOf(cap), "minerva.ratePerSecond", "100000",
                    "workers", String.valueOf(workers), "database.maxPoolSize", String.valueOf(workers + 8),
                    "maintenance.sweepInterval", "0s"));
            settings.putAll(extra);
            Path config = SandboxConfiguration.write(data, 0, billing.baseUrl(), minerva.baseUrl(), settings);
            try (IptvBridge bridge = IptvBridge.fromConfigFile(config, Map.of());
                 EdgeTriggeredBaseline handler = baseline
                         ? new EdgeTriggeredBaseline(bridge.use(ReconcileAccountUseCase.class), workers) : null) {
                int port = bridge.daemon().start();
                String url = baseline ? handler.webhookUrl() : "http://127.0.0.1:" + port + "/espf/events";
                billing.espf().configure(url, SandboxWorld.WEBHOOK_USER, SandboxWorld.WEBHOOK_PASSWORD, "Authorization");
                billing.espf().parallelism(32);
                // The simulator's own calls while loading count for neither side.
                long callsBefore = calls(minerva);
                long start = System.nanoTime();
                ThreadCpu cpuBefore = ThreadCpu.now();
                List<Map<String, Object>> changes = BurstWorld.changes();
                for (int round = 0; round < rounds; round++) {
                    for (int account = 0; account < accounts; account++) {
                        billing.updateAccount(BurstWorld.FIRST_ACCOUNT + account, changes.get(round % changes.size()));
                    }
                }
                Progress.awaitAccepted(billing, start);
                double accepted = (System.nanoTime() - start) / 1e9;
                long right = baseline ? Progress.awaitConverged(handler::idle, minerva, accounts, rounds, start)
                        : Progress.awaitConverged(bridge, minerva, accounts, rounds, start);
                double seconds = (System.nanoTime() - start) / 1e9;
                long reconciles = baseline ? handler.reconciles() : BurstBenchmark.reconciles(bridge);
                double cpu = ThreadCpu.now().machineSecondsSince(cpuBefore);
                return new Run(seconds, accepted, calls(minerva) - callsBefore, reconciles, baseline ? handler.failures() : 0, right,
                        cpu);
            }
        } finally {
            BenchDatabase.stop();
            BurstBenchmark.deleteQuietly(data);
        }
    }

    private static long calls(MinervaSimulator minerva) {
        return minerva.callCounts().values().stream().mapToLong(Long::longValue).sum();
    }
}
