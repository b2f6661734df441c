package dev.iptvbridge.embedded.internal.worker;

import dev.iptvbridge.application.port.in.ChargePurchasesUseCase;
import dev.iptvbridge.application.port.in.ChargeRound;
import dev.iptvbridge.application.port.out.PurchaseLedgerPort;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.metrics.PurchaseMetrics;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that reads Minerva's purchase feed and charges it, when {@code purchases.enabled}: a
 * round at once after a busy one, else one per {@code purchases.pollInterval}. Every daemon runs one;
 * only the holder of the feed's lease does anything, the others take over when its lease runs out.
 */
@Singleton
public final class PurchaseFeedRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PurchaseFeedRunner.class);
    static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

    private final ChargePurchasesUseCase charge;
    private final PurchaseLedgerPort ledger;
    private final PurchaseMetrics metrics;
    private final BridgeConfig.PurchaseConfig config;
    private final String owner;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Object signal = new Object();
    private ExecutorService executor;
    private boolean held;

    @Inject
    public PurchaseFeedRunner(ChargePurchasesUseCase charge, PurchaseLedgerPort ledger, PurchaseMetrics metrics,
                              BridgeConfig config) {
        this.charge = charge;
        this.ledger = ledger;
        this.metrics = metrics;
        this.config = config.purchases();
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "-purchases-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    public synchronized void start() {
        if (!config.enabled()) {
            LOG.info("purchases.enabled is false: Minerva's purchases are not charged");
            return;
        }
        if (!running.compareAndSet(false, true)) {
            return;
        }
        metrics.watch(ledger);
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "iptv-bridge-purchases");
            thread.setDaemon(true);
            return thread;
        });
        executor.submit(this::loop);
    }

    /** Stops after the entry under way, waiting up to {@code grace}, and hands the feed to another daemon. */
    public synchronized void stop(Duration grace) {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        synchronized (signal) {
            signal.notifyAll();
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
            charge.release(owner);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        } catch (RuntimeException failure) {
            LOG.warn("could not hand the purchase feed back (another daemon takes it when the lease runs out): {}",
                    failure.getMessage());
        }
    }

    private void loop() {
        while (running.get()) {
            try {
                ChargeRound round = charge.round(owner);
                metrics.recorded(round);
                logHolding(round.held());
                if (!round.busy()) {
                    pause(config.pollInterval());
                }
            } catch (RuntimeException failure) {
                // The ledger itself failed (database away); nothing was charged without being recorded first.
                if (running.get()) {
                    LOG.warn("purchase charger cannot reach the ledger: {}", failure.getMessage());
                }
                pause(AFTER_FAILURE);
            }
        }
    }

    private void logHolding(boolean now) {
        if (now != held) {
            held = now;
            LOG.info(now ? "{} reads Minerva's purchase feed and charges it" : "{} no longer holds the purchase feed;"
                    + " another daemon does", owner);
        }
    }

    private void pause(Duration duration) {
        synchronized (signal) {
            try {
                if (running.get()) {
                    signal.wait(duration.toMillis());
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                running.set(false);
            }
        }
    }
}
