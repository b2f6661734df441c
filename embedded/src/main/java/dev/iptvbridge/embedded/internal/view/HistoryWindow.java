package dev.iptvbridge.embedded.internal.view;

import dev.iptvbridge.application.port.in.HistoryQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The window of a history question as people and programs write it: an instant
 * ({@code 2026-11-01T10:00:00Z}) or a date ({@code 2026-11-01}, its start in UTC), each optional.
 */
public final class HistoryWindow {

    private HistoryWindow() {
    }

    /** @throws IllegalArgumentException naming the wrong value and the forms there are */
    public static HistoryQuery query(long account, String from, String to) {
        return new HistoryQuery(account, moment("from", from), moment("to", to));
    }

    private static Optional<Instant> moment(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(text));
        } catch (DateTimeParseException wrong) {
            throw new IllegalArgumentException("'" + text + "' is not a " + name
                    + " date: give a date such as 2026-11-01 (its start in UTC) or an instant such as 2026-11-01T10:00:00Z");
        }
    }
}
