package dev.iptvbridge.portabilling.espf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iptvbridge.portabilling.PortaBillingTime;
import java.time.Instant;
import java.util.Optional;

/** {@code event_time}: {@code YYYY-MM-DD HH:MM:SS} in UTC (a {@code T} separator is tolerated). */
final class EventTime {

    private EventTime() {
    }

    /** The time, or empty when absent or unreadable: the time is a hint, never a reason to drop an event. */
    static Optional<Instant> parse(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return Optional.empty();
        }
        return PortaBillingTime.parse(node.textValue());
    }
}
