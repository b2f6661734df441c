package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renews the leases of the entries being worked on, each at a third of the lease, on one small
 * scheduler shared by the workers: a reconcile may take longer than the lease (six Minerva calls of
 * up to 35 s each, and waits for its rate cap).
 */
final class LeaseHeartbeat {

    private final WorkQueuePort queue;
    private final Clock clock;
    private final Duration lease;
    private final ScheduledExecutorService scheduler;

    LeaseHeartbeat(WorkQueuePort queue, Clock clock, Duration lease, ScheduledExecutorService scheduler) {
        this.queue = requireNonNull(queue, "queue is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.lease = requireNonNull(lease, "lease is null");
        this.scheduler = requireNonNull(scheduler, "scheduler is null");
    }

    /** A heartbeat on a daemon thread of its own, which never keeps the JVM from exiting. */
    static LeaseHeartbeat onDaemonThread(WorkQueuePort queue, Clock clock, Duration lease) {
        return new LeaseHeartbeat(queue, clock, lease, Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "iptv-bridge-lease-heartbeat");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** Holds {@code work} under a lease renewed until the returned lease is closed. */
    WorkLease hold(ClaimedWork work) {
        WorkLease held = new WorkLease(queue, clock, lease, work);
        long period = Math.max(1, lease.toMillis() / 3);
        ScheduledFuture<?> beat = scheduler.scheduleAtFixedRate(held::renew, period, period, TimeUnit.MILLISECONDS);
        held.onClose(() -> beat.cancel(false));
        return held;
    }
}
