package dev.iptvbridge.bootstrap.bench;

import dev.iptvbridge.sandbox.world.World;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/** The benchmark's table, the profile when asked for, and the RESULT line. */
final class CompareReport {

    private CompareReport() {
    }

    static void print(PrintStream out, CompareOptions options, World.Counts counts, CompareRun plain, CompareRun slow, World world,
                      Path dir, double startSeconds) throws IOException {
        int accounts = counts.accounts();
        out.println();
        out.println("| run | seconds | accounts/s | remote calls | calls/account | pages | bridge CPU s | simulators CPU s | peak heap MB |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        row(out, "no added latency", plain, accounts);
        if (slow != null) {
            row(out, options.latencyMs() + " ms on every call", slow, accounts);
        }
        out.println();
        out.printf(Locale.ROOT, "remote calls by method (no added latency): PortaBilling %s, Minerva %s%n",
                plain.billingCalls(), plain.minervaCalls());
        out.printf(Locale.ROOT, "the bridge's JVM starting and stopping alone (--help) takes %.1f s of each run%n", startSeconds);
        double boundFraction = Double.NaN;
        if (slow != null) {
            double bound = slow.pages() * options.latencyMs() / 1000.0 / options.pageReads();
            boundFraction = bound / slow.seconds();
            out.printf(Locale.ROOT, "bound: %,d pages x %d ms / %d concurrent page reads = %.1f s; measured %.1f s: %.2f of the bound%n",
                    slow.pages(), options.latencyMs(), options.pageReads(), bound, slow.seconds(), boundFraction);
            if (slow.jfr() != null) {
                Profile.print(out, slow.jfr(), 15);
            }
        }
        DriftCheck.print(out, world, plain.outcome().output());
        out.printf("report %s, expected drift %s, logs and GC logs in %s%n", plain.outcome().output(),
                dir.resolve("expected-drift.json"), dir);
        double peak = Math.max(plain.outcome().peakHeapMb(), slow == null ? 0 : slow.outcome().peakHeapMb());
        out.printf(Locale.ROOT, "RESULT accounts=%d seconds=%.1f calls_per_account=%.4f peak_heap_mb=%.0f bound_fraction=%s%n",
                accounts, plain.seconds(), plain.calls() / (double) accounts, peak,
                Double.isNaN(boundFraction) ? "n/a" : String.format(Locale.ROOT, "%.2f", boundFraction));
    }

    private static void row(PrintStream out, String name, CompareRun run, int accounts) {
        out.printf(Locale.ROOT, "| %s | %.1f | %,.0f | %,d | %.4f | %,d | %.1f | %.1f | %.0f |%n", name, run.seconds(),
                accounts / run.seconds(), run.calls(), run.calls() / (double) accounts, run.pages(), run.outcome().cpuSeconds(),
                run.simulatorsCpuSeconds(), run.outcome().peakHeapMb());
    }
}
