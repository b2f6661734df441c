package dev.iptvbridge.embedded.internal.worker;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wakes the idle workers once more when the entry of an event just stored becomes due, after the settle
 * delay: otherwise it would wait for their next poll, up to {@link WorkerPool#IDLE_POLL} late. Wakes due
 * within {@link #TOGETHER} of one already planned share it, so that a burst of events plans few.
 */
final class DueWake {

    static final Duration TOGETHER = Duration.ofMillis(20);

    private final long delayNanos;
    private final Runnable wake;
    private final AtomicLong planned = new AtomicLong(Long.MIN_VALUE);
    private final ScheduledExecutorService timer;

    DueWake(Duration settleDelay, Runnable wake) {
        this.delayNanos = settleDelay.toNanos();
        this.wake = wake;
        this.timer = delayNanos <= 0 ? null : Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "iptv-bridge-due-wake");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Plans a wake one settle delay from now, unless one is planned at most {@link #TOGETHER} before then. */
    void after() {
        if (timer == null) {
            return;
        }
        long due = System.nanoTime() + delayNanos;
        long before = planned.get();
        if (before != Long.MIN_VALUE && due - before < TOGETHER.toNanos() && due - before >= 0) {
            return;
        }
        if (planned.compareAndSet(before, due)) {
            try {
                // A little after the due moment, so that the claim's clock finds the entry due.
                timer.schedule(wake, delayNanos + TimeUnit.MILLISECONDS.toNanos(TOGETHER.toMillis()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                // stopping: nothing to wake
            }
        }
    }

    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
