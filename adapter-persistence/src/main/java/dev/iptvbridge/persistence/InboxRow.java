package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.InboundEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code inbox_event}: {@code environment} is -1 for an event without {@code i_env};
 * {@code eventTime} may be null. {@link #of} cleans what a database would refuse and says what it
 * changed, so that a stored event never depends on its free text.
 */
record InboxRow(int environment, long eventId, String eventType, String subjectKind, long subjectId,
                Instant eventTime, Instant receivedAt) {

    /** The environment key of events that carried no {@code i_env}: the webhook decoder refuses a negative one. */
    static final int NO_ENVIRONMENT = -1;
    static final int MAX_TYPE = 200;
    // Both databases keep these years; PostgreSQL refuses years past 294276, H2 and Java go further.
    private static final Instant EARLIEST = LocalDate.of(1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LATEST = LocalDate.of(10_000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    /** A row and what cleaning changed (empty when nothing). */
    record Cleaned(InboxRow row, List<String> changes) {
    }

    static int environmentKey(InboundEvent event) {
        return event.environment().orElse(NO_ENVIRONMENT);
    }

    static Cleaned of(InboundEvent event) {
        List<String> changes = new ArrayList<>();
        String type = Text.printable(event.type());
        if (!type.equals(event.type())) {
            changes.add("control characters in event_type replaced");
        }
        Instant time = event.eventTime().orElse(null);
        if (time != null && (time.isBefore(EARLIEST) || !time.isBefore(LATEST))) {
            changes.add("event_time " + time + " outside years 1 to 9999 dropped");
            time = null;
        }
        return new Cleaned(new InboxRow(environmentKey(event), event.eventId(), Text.cut(type, MAX_TYPE),
                event.subject().kind().name(), event.subject().id(), time, event.receivedAt()), changes);
    }

    /** The row with only what no database refuses: a plain ASCII type and no event time. */
    InboxRow bare() {
        return new InboxRow(environment, eventId, Text.ascii(eventType), subjectKind, subjectId, null, receivedAt);
    }
}
