package dev.iptvbridge.application.purchase;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** What a transition of a {@link LedgerEntry} comes to: the entry's next state, or a refusal that says why nothing changes. */
public sealed interface LedgerStep {

    /** The entry's next state; empty when nothing changes. */
    Optional<LedgerEntry> next();

    /** The entry goes on as {@code entry}. */
    record Next(LedgerEntry entry) implements LedgerStep {
        public Next {
            requireNonNull(entry, "entry is null");
        }

        @Override
        public Optional<LedgerEntry> next() {
            return Optional.of(entry);
        }
    }

    /** Nothing changes, for the reason given (an event read again, a transition from the wrong state). */
    record Refused(String why) implements LedgerStep {
        public Refused {
            requireNonNull(why, "why is null");
        }

        @Override
        public Optional<LedgerEntry> next() {
            return Optional.empty();
        }
    }
}
