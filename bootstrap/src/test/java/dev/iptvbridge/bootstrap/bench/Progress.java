package dev.iptvbridge.bootstrap.bench;

import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import java.time.Duration;
import java.util.List;

/** Waits for the benchmark's milestones, printing progress every few seconds. */
final class Progress {

    private static final Duration EVERY = Duration.ofSeconds(5);

    private Progress() {
    }

    static void awaitAccepted(PortaBillingSimulator billing, long start) throws InterruptedException {
        while (!billing.espf().awaitIdle(EVERY)) {
            System.out.printf("  %5.0f s: %,d events still to deliver%n", (System.nanoTime() - start) / 1e9,
                    billing.espf().pending());
        }
    }

    /** Converged: nothing queued or claimed twice in a row, and the final state reached on every account. */
    static void awaitConverged(IptvBridge bridge, MinervaSimulator minerva, int accounts, int rounds, long start)
            throws InterruptedException {
        long lastPrint = System.nanoTime();
        int quietPolls = 0;
        while (quietPolls < 2) {
            Thread.sleep(100);
            QueueStats stats = BurstBenchmark.stats(bridge);
            quietPolls = stats.queued() == 0 && stats.claimed() == 0 ? quietPolls + 1 : 0;
            if (System.nanoTime() - lastPrint > EVERY.toNanos()) {
                lastPrint = System.nanoTime();
                System.out.printf("  %5.0f s: %,d queued, %,d being reconciled, %,d parked%n",
                        (lastPrint - start) / 1e9, stats.queued(), stats.claimed(), stats.parked());
            }
        }
        long right = minerva.customers().stream().filter(customer -> customer.externalId().startsWith("2")
                && "ENABLED".equals(customer.status())
                && customer.packages().equals(rounds >= 5 ? List.of("CH-BASIC", "CH-SPORTS") : customer.packages()))
                .count();
        System.out.printf("  converged: %,d of %,d accounts enabled with their final packages%n", right, accounts);
    }
}
