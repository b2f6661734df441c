package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * A queue entry held by one worker under a lease.
 *
 * @param version   the entry's version when claimed or last renewed; the claim holds the entry
 *                  while the entry is claimed by {@code owner} at this version or a later one
 * @param attempts  failed attempts so far
 * @param eventIds  the {@code i_event}s that queued it since it was last completed, newest last
 * @param leaseUntil the claim holds up to and including this instant, unless renewed
 */
public record ClaimedWork(WorkKey key, long version, int attempts, List<Long> eventIds, String owner,
                          Instant leaseUntil) {

    public ClaimedWork {
        requireNonNull(key, "key is null");
        eventIds = List.copyOf(requireNonNull(eventIds, "eventIds is null"));
        requireNonNull(owner, "owner is null");
        requireNonNull(leaseUntil, "leaseUntil is null");
    }

    /** The same claim, of the same events, at a renewal's version and lease. */
    public ClaimedWork renewed(long newVersion, Instant newLeaseUntil) {
        return new ClaimedWork(key, newVersion, attempts, eventIds, owner, newLeaseUntil);
    }
}
