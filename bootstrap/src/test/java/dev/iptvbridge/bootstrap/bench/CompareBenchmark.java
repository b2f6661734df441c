package dev.iptvbridge.bootstrap.bench;

import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import dev.iptvbridge.sandbox.world.ExpectedDrift;
import dev.iptvbridge.sandbox.world.World;
import dev.iptvbridge.sandbox.world.WorldSpec;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code reconcile --all --dry-run} over a generated world: both simulators in this JVM, the bridge's
 * CLI in a JVM of its own at {@code -Xmx256m}; once as fast as the simulators answer, once with a
 * fixed latency on every remote call. Prints a table and a last line
 * {@code RESULT accounts=... seconds=... calls_per_account=... peak_heap_mb=... bound_fraction=...}.
 * Not a test: {@code bench/compare} runs it (docs/performance.md).
 */
public final class CompareBenchmark {

    private CompareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CompareOptions options;
        try {
            options = CompareOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("compare: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(options));
    }

    static int run(CompareOptions options) throws Exception {
        Path dir = Files.createTempDirectory("iptv-bridge-compare");
        System.out.printf("compare: a world of %,d accounts (%s), %s; work directory %s%n", options.accounts(),
                options.worldSpec(), options.database(), dir);
        World world = World.generate(WorldSpec.parse(options.worldSpec()));
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            long started = System.nanoTime();
            World.Counts counts = billing.loadWorld(world);
            minerva.loadWorld(world);
            ExpectedDrift.write(world, dir.resolve("expected-drift.json"));
            System.out.printf("compare: %,d customers, %,d accounts, %,d Minerva customers generated in %.1f s%n",
                    counts.customers(), counts.accounts(), counts.iptvCustomers(), (System.nanoTime() - started) / 1e9);
            Map<String, String> settings = new LinkedHashMap<>(BenchDatabase.settings(options.database()));
            CompareOptions.PAGE_READS_KEYS.forEach(key -> settings.put(key, Integer.toString(options.pageReads())));
            settings.putAll(options.settings());
            Path config = SandboxConfiguration.write(dir, 0, billing.baseUrl(), minerva.baseUrl(), settings);
            // The dry run reads and creates nothing, so the database is made first, outside the timing.
            BridgeRun.Outcome migrated = BridgeRun.run(dir, "migrate", options.heap(), null, "migrate", "--config", config.toString());
            if (migrated.exitCode() != 0) {
                System.err.println("compare: migrate failed (exit " + migrated.exitCode() + "):\n" + BridgeRun.tail(migrated.log(), 30));
                return 1;
            }
            // What the JVM's start and the CLI's own start cost, apart from any comparison.
            BridgeRun.Outcome start = BridgeRun.run(dir, "start", options.heap(), null, "--help");
            CompareRun plain = measure(dir, "plain", options, config, billing, minerva, null);
            CompareRun slow = null;
            if (options.latencyMs() > 0) {
                billing.latency(Duration.ofMillis(options.latencyMs()));
                minerva.faults().latency(Duration.ofMillis(options.latencyMs()));
                slow = measure(dir, "latency", options, config, billing, minerva,
                        options.profile() ? dir.resolve("latency.jfr") : null);
            }
            if (plain == null || (options.latencyMs() > 0 && slow == null)) {
                return 1;
            }
            CompareReport.print(System.out, options, counts, plain, slow, world, dir, start.seconds());
            return 0;
        } finally {
            BenchDatabase.stop();
        }
    }

    private static CompareRun measure(Path dir, String name, CompareOptions options, Path config, PortaBillingSimulator billing,
                                      MinervaSimulator minerva, Path jfr) throws Exception {
        Map<String, Long> billingBefore = billing.callCounts();
        Map<String, Long> minervaBefore = minerva.callCounts();
        long simulatorsCpuBefore = processCpuNanos();
        System.out.printf("compare: reconcile --all --dry-run (%s) ...%n", name);
        BridgeRun.Outcome outcome = BridgeRun.run(dir, name, options.heap(), jfr, "reconcile", "--all", "--dry-run",
                "--output", dir.resolve(name + ".json").toString(), "--config", config.toString());
        double simulatorsCpu = (processCpuNanos() - simulatorsCpuBefore) / 1e9;
        if (outcome.exitCode() != 0) {
            System.err.println("compare: the bridge exited " + outcome.exitCode() + " (" + name + "):\n"
                    + BridgeRun.tail(outcome.log(), 30));
            return null;
        }
        return new CompareRun(name, outcome, delta(billingBefore, billing.callCounts()), delta(minervaBefore, minerva.callCounts()),
                simulatorsCpu, jfr);
    }

    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new LinkedHashMap<>();
        after.forEach((method, n) -> {
            long d = n - before.getOrDefault(method, 0L);
            if (d > 0) {
                delta.put(method, d);
            }
        });
        return delta;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
