package dev.iptvbridge.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The queue of accounts (and customers) to reconcile: one entry per key however many requests
 * arrive; claimed under a lease so that no two workers, in one process or several sharing one
 * database, hold the same key at once. Failures are {@link TransientFailure}s.
 *
 * <p>The entry's states and transitions are {@link dev.iptvbridge.application.queue.QueueEntryState}'s.
 * A write with a {@link ClaimedWork} that no longer holds its entry (its lease ran out and another
 * owner claimed it) changes nothing. A lease holds up to and including its {@code leaseUntil}.
 */
public interface WorkQueuePort {

    /** Asks for a reconcile of {@code key} at {@code dueAt}; coalesces onto an existing entry. */
    void enqueue(WorkKey key, Instant dueAt);

    /** Asks for a reconcile in the sweep lane, claimed only when no live entry is due; {@code run} names the comparison or change that asked. */
    default void enqueueSweep(WorkKey key, Instant dueAt, String run) { enqueue(key, dueAt); }

    /**
     * Claims up to {@code max} entries: first those whose lease ran out, the longest expired first,
     * then queued entries due at {@code now}, the earliest due first.
     */
    List<ClaimedWork> claim(String owner, int max, Instant now, Duration lease);

    /**
     * Claims this one key whatever its due time, also when parked, unless a live lease holds it;
     * creates the entry, claimed, when there is none. Empty when another owner holds it
     * ({@link #find} tells who, and until when).
     */
    Optional<ClaimedWork> claimKey(WorkKey key, String owner, Instant now, Duration lease);

    /**
     * Extends the lease of {@code work} to {@code now + lease}. Returns the renewed claim, to be used
     * from then on, or empty when the lease is lost: it ran out, or another owner holds the entry.
     */
    Optional<ClaimedWork> renew(ClaimedWork work, Instant now, Duration lease);

    /**
     * Done with the entry. Returns false when it was asked for again while claimed: it then stays
     * queued, due at once, so that the newer change is reconciled too.
     */
    boolean complete(ClaimedWork work, Instant now);

    /** The attempt failed: counts it, records the error and makes the entry due again at {@code dueAt}. */
    void retryLater(ClaimedWork work, Instant dueAt, String error);

    /** Gives up until an operator retries: the entry keeps its last error. */
    void park(ClaimedWork work, String error);

    /** Hands the entry back untouched (on shutdown), due at once, attempts and last error kept. */
    void release(ClaimedWork work);

    List<QueueEntry> parked(int limit);

    /** Makes parked entries due at {@code now} with their attempts reset: one key, or all when empty. */
    int retryParked(Optional<WorkKey> key, Instant now);

    Optional<QueueEntry> find(WorkKey key);

    QueueStats stats();
}
