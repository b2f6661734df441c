package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.InboundEvent;
import java.time.Instant;

/** A row of {@code inbox_event}; {@code environment} and {@code eventTime} may be null. */
record InboxRow(long eventId, String eventType, Integer environment, String subjectKind, long subjectId,
                Instant eventTime, Instant receivedAt) {

    static InboxRow of(InboundEvent event) {
        return new InboxRow(event.eventId(), Text.cut(event.type(), 200),
                event.environment().isPresent() ? event.environment().getAsInt() : null,
                event.subject().kind().name(), event.subject().id(), event.eventTime().orElse(null), event.receivedAt());
    }
}
