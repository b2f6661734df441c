package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * Queue depth for metrics and health: entries by state (all lanes), the oldest waiting one, and
 * how many of them are in the sweep lane; the rest are live.
 */
public record QueueStats(long queued, long claimed, long parked, Optional<Instant> oldestQueuedAt,
                         QueueLaneCounts sweep) {

    public QueueStats {
        requireNonNull(oldestQueuedAt, "oldestQueuedAt is null");
        requireNonNull(sweep, "sweep is null");
    }

    /** A queue with nothing in the sweep lane. */
    public QueueStats(long queued, long claimed, long parked, Optional<Instant> oldestQueuedAt) {
        this(queued, claimed, parked, oldestQueuedAt, QueueLaneCounts.NONE);
    }

    /** The entries of one lane, by state. */
    public QueueLaneCounts lane(QueueLane lane) {
        return lane == QueueLane.SWEEP ? sweep
                : new QueueLaneCounts(queued - sweep.queued(), claimed - sweep.claimed(), parked - sweep.parked());
    }
}
