package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * Which account's history, within which window.
 *
 * @param from empty for "since the account's first change"
 * @param to   empty for "until now"; when both are given, {@code to} is after {@code from}
 */
public record HistoryQuery(long account, Optional<Instant> from, Optional<Instant> to) {

    public HistoryQuery {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            throw new IllegalArgumentException("the history window ends (" + to.get() + ") before it starts ("
                    + from.get() + "): give a --to after --from");
        }
    }
}
