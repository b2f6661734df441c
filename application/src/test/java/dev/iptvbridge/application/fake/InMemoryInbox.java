package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.InboundEvent;
import dev.iptvbridge.application.port.out.InboxPort;
import dev.iptvbridge.application.port.out.StoreOutcome;
import dev.iptvbridge.application.port.out.TransientFailure;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inbox in memory: stores an event once per {@code i_event} and queues its subject. */
public final class InMemoryInbox implements InboxPort {

    private final Map<Long, InboundEvent> events = new LinkedHashMap<>();
    private final InMemoryWorkQueue queue;
    private boolean unavailable;

    public InMemoryInbox(InMemoryWorkQueue queue) {
        this.queue = queue;
    }

    public void setUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    public List<InboundEvent> events() {
        return List.copyOf(events.values());
    }

    @Override
    public StoreOutcome store(InboundEvent event) {
        if (unavailable) {
            throw new TransientFailure("database unavailable", null);
        }
        if (events.containsKey(event.eventId())) {
            return StoreOutcome.DUPLICATE;
        }
        events.put(event.eventId(), event);
        queue.enqueue(event.subject(), event.receivedAt(), event.eventId());
        return StoreOutcome.STORED;
    }

    @Override
    public int purgeReceivedBefore(Instant cutoff) {
        int before = events.size();
        events.values().removeIf(event -> event.receivedAt().isBefore(cutoff));
        return before - events.size();
    }
}
