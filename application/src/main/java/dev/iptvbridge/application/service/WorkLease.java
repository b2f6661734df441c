package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.LeaseGuard;
import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The lease of one claimed entry while it is worked on: renewed by a heartbeat, asked before each
 * write. Once lost, it stays lost: the entry's new owner has it.
 */
final class WorkLease implements LeaseGuard, AutoCloseable {

    private final WorkQueuePort queue;
    private final Clock clock;
    private final Duration lease;
    private final Duration margin;
    private ClaimedWork current;
    private Instant renewedAt;
    private boolean lost;
    private Runnable onClose = () -> { };

    WorkLease(WorkQueuePort queue, Clock clock, Duration lease, ClaimedWork work) {
        this.queue = requireNonNull(queue, "queue is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.lease = requireNonNull(lease, "lease is null");
        this.current = requireNonNull(work, "work is null");
        this.renewedAt = clock.instant();
        // A write needs a renewal younger than half the lease: then at least half the lease is left for
        // it, which one Minerva call (its timeout) fits in. The heartbeat renews at a third, so the check
        // usually costs nothing; it goes to the database only when the heartbeat fell behind.
        this.margin = lease.dividedBy(2);
    }

    /** The claim as last renewed: complete, retry or park with this one. */
    synchronized ClaimedWork current() {
        return current;
    }

    synchronized boolean lost() {
        return lost;
    }

    /** The heartbeat: extends the lease, or learns that it is lost. */
    synchronized void renew() {
        if (lost) {
            return;
        }
        Instant now = clock.instant();
        try {
            Optional<ClaimedWork> renewed = queue.renew(current, now, lease);
            if (renewed.isPresent()) {
                current = renewed.get();
                renewedAt = now;
            } else {
                lost = true;
            }
        } catch (RuntimeException unreachable) {
            // The database is away: the lease may still hold. stillHeld() asks again once the renewal is old.
        }
    }

    @Override
    public synchronized boolean stillHeld() {
        if (lost) {
            return false;
        }
        if (Duration.between(renewedAt, clock.instant()).compareTo(margin) < 0) {
            return true;
        }
        Instant before = renewedAt;
        renew();
        if (!renewedAt.isAfter(before)) {
            // Not confirmed (the database is away): writing now could overlap a next owner's writes.
            lost = true;
        }
        return !lost;
    }

    void onClose(Runnable action) {
        this.onClose = requireNonNull(action, "action is null");
    }

    /** Stops the heartbeat. */
    @Override
    public void close() {
        onClose.run();
    }
}
