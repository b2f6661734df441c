package dev.iptvbridge.embedded.internal.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When this process stored each event, by {@code i_event}, until a reconcile that used it succeeds.
 * Bounded: the oldest arrivals are forgotten first, so a flood of events never starved of a reconcile
 * cannot grow the heap.
 */
final class EventArrivals {

    static final int CAPACITY = 100_000;

    private final Map<Long, Long> arrivedAtNanos = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void arrived(long eventId, long nanos) {
        arrivedAtNanos.putIfAbsent(eventId, nanos);
    }

    /** The arrival times of those of {@code eventIds} this process stored, forgetting them. */
    synchronized List<Long> take(List<Long> eventIds) {
        List<Long> arrivals = new ArrayList<>(eventIds.size());
        for (Long eventId : eventIds) {
            Long nanos = arrivedAtNanos.remove(eventId);
            if (nanos != null) {
                arrivals.add(nanos);
            }
        }
        return arrivals;
    }
}
