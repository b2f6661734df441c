package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A queue entry as an operator sees it.
 *
 * @param lane the lane it waits in: {@code LIVE} entries are claimed before {@code SWEEP} ones
 * @param run  the sweep run that queued it; present exactly in the {@code SWEEP} lane
 */
public record QueueEntry(WorkKey key, QueueState state, int attempts, Instant queuedAt, Instant dueAt,
                         Optional<String> owner, Optional<Instant> leaseUntil, Optional<String> lastError,
                         List<Long> eventIds, QueueLane lane, Optional<String> run) {

    public QueueEntry {
        requireNonNull(key, "key is null");
        requireNonNull(state, "state is null");
        requireNonNull(queuedAt, "queuedAt is null");
        requireNonNull(dueAt, "dueAt is null");
        requireNonNull(owner, "owner is null");
        requireNonNull(leaseUntil, "leaseUntil is null");
        requireNonNull(lastError, "lastError is null");
        eventIds = List.copyOf(requireNonNull(eventIds, "eventIds is null"));
        requireNonNull(lane, "lane is null");
        requireNonNull(run, "run is null");
    }

    /** An entry of the live lane. */
    public QueueEntry(WorkKey key, QueueState state, int attempts, Instant queuedAt, Instant dueAt,
                      Optional<String> owner, Optional<Instant> leaseUntil, Optional<String> lastError,
                      List<Long> eventIds) {
        this(key, state, attempts, queuedAt, dueAt, owner, leaseUntil, lastError, eventIds, QueueLane.LIVE,
                Optional.empty());
    }
}
