package dev.iptvbridge.bootstrap.bench;

import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

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
    static long awaitConverged(IptvBridge bridge, MinervaSimulator minerva, int accounts, int rounds, long start)
            throws InterruptedException {
        long[] lastPrint = {System.nanoTime()};
        return awaitConverged(() -> {
            QueueStats stats = BurstBenchmark.stats(bridge);
            if (System.nanoTime() - lastPrint[0] > EVERY.toNanos()) {
                lastPrint[0] = System.nanoTime();
                System.out.printf("  %5.0f s: %,d queued, %,d being reconciled, %,d parked%n",
                        (lastPrint[0] - start) / 1e9, stats.queued(), stats.claimed(), stats.parked());
            }
            return stats.queued() == 0 && stats.claimed() == 0;
        }, minerva, accounts, rounds, start);
    }

    /** As above, done when {@code idle} says so twice in a row; returns the accounts right. */
    static long awaitConverged(BooleanSupplier idle, MinervaSimulator minerva, int accounts, int rounds, long start)
            throws InterruptedException {
        int quietPolls = 0;
        while (quietPolls < 2) {
            Thread.sleep(100);
            quietPolls = idle.getAsBoolean() ? quietPolls + 1 : 0;
        }
        long right = minerva.customers().stream().filter(customer -> customer.externalId().startsWith("2")
                && "ENABLED".equals(customer.status())
                && customer.packages().equals(rounds >= 5 ? List.of("CH-BASIC", "CH-SPORTS") : customer.packages()))
                .count();
        System.out.printf("  converged after %.1f s: %,d of %,d accounts enabled with their final packages%n",
                (System.nanoTime() - start) / 1e9, right, accounts);
        return right;
    }
}
