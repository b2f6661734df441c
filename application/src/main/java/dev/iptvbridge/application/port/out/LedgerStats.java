package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The purchase ledger in numbers, for metrics.
 *
 * @param byState          entries per state name ({@code SEEN}, {@code CHARGED}, ...), states without entries left out
 * @param cursor           the highest {@code seq} read from the feed and recorded
 * @param settled          the highest {@code seq} up to which every event is charged, credited or parked
 * @param oldestUncharged  when the oldest purchase still waiting for its charge was seen
 */
public record LedgerStats(Map<String, Long> byState, long cursor, long settled, Optional<Instant> oldestUncharged) {

    public LedgerStats {
        byState = Map.copyOf(requireNonNull(byState, "byState is null"));
        requireNonNull(oldestUncharged, "oldestUncharged is null");
    }
}
