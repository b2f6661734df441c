package dev.iptvbridge.application.queue;

import static java.util.Objects.requireNonNull;

/**
 * What a transition of a {@link QueueEntryState} comes to: the entry's next state, its removal
 * (it was completed), or a refusal that says why nothing changes.
 */
public sealed interface QueueStep {

    /** The entry goes on in {@code state}. */
    record Next(QueueEntryState state) implements QueueStep {
        public Next {
            requireNonNull(state, "state is null");
        }
    }

    /** The entry is done and leaves the queue. */
    record Removed() implements QueueStep {
    }

    /** Nothing changes, for the reason given (the caller no longer holds the entry, or it is not due). */
    record Refused(String why) implements QueueStep {
        public Refused {
            requireNonNull(why, "why is null");
        }
    }
}
