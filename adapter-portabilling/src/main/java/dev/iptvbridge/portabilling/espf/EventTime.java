package dev.iptvbridge.portabilling.espf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** {@code event_time}: {@code YYYY-MM-DD HH:MM:SS} in UTC (a {@code T} separator is tolerated). */
final class EventTime {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();

    private EventTime() {
    }

    /** The time, or empty when absent or unreadable: the time is a hint, never a reason to drop an event. */
    static Optional<Instant> parse(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(node.textValue().trim(), FORMAT).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
