package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * A queue entry held by one worker under a lease.
 *
 * @param version   the entry's version when claimed; an event that arrives meanwhile raises it,
 *                  so completing does not drop the newer request
 * @param attempts  failed attempts so far
 * @param eventIds  the {@code i_event}s that queued it since it was last completed, newest last
 */
public record ClaimedWork(WorkKey key, long version, int attempts, List<Long> eventIds, String owner,
                          Instant leaseUntil) {

    public ClaimedWork {
        requireNonNull(key, "key is null");
        eventIds = List.copyOf(requireNonNull(eventIds, "eventIds is null"));
        requireNonNull(owner, "owner is null");
        requireNonNull(leaseUntil, "leaseUntil is null");
    }
}
