package dev.iptvbridge.application.queue;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a transition of a {@link QueueEntryState} comes to: the entry's next state, its removal
 * (it was completed), or a refusal that says why nothing changes.
 */
public sealed interface QueueStep {

    /** The entry's next state, when it goes on; empty when it is removed or nothing changes. */
    Optional<QueueEntryState> next();

    /** Whether the entry leaves the queue. */
    boolean removes();

    /** The entry goes on in {@code state}. */
    record Next(QueueEntryState state) implements QueueStep {
        public Next {
            requireNonNull(state, "state is null");
        }

        @Override
        public Optional<QueueEntryState> next() {
            return Optional.of(state);
        }

        @Override
        public boolean removes() {
            return false;
        }
    }

    /** The entry is done and leaves the queue. */
    record Removed() implements QueueStep {
        @Override
        public Optional<QueueEntryState> next() {
            return Optional.empty();
        }

        @Override
        public boolean removes() {
            return true;
        }
    }

    /** Nothing changes, for the reason given (the caller no longer holds the entry, or it is not due). */
    record Refused(String why) implements QueueStep {
        public Refused {
            requireNonNull(why, "why is null");
        }

        @Override
        public Optional<QueueEntryState> next() {
            return Optional.empty();
        }

        @Override
        public boolean removes() {
            return false;
        }
    }
}
