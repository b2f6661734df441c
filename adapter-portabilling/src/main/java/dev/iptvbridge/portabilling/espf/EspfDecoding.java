package dev.iptvbridge.portabilling.espf;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.AcceptEventCommand;

/** What {@link EspfWebhookDecoder#decode} made of a request: an event to accept, or a rejection. */
public sealed interface EspfDecoding {

    /** Calls the visitor's method for this outcome; a new outcome fails to compile until every visitor has one. */
    <R> R accept(Visitor<R> visitor);

    /** One method per outcome of decoding. */
    interface Visitor<R> {
        R accepted(Accepted decoding);

        R rejected(Rejected decoding);
    }

    /** A well-formed, authenticated event. */
    record Accepted(AcceptEventCommand command) implements EspfDecoding {
        public Accepted {
            requireNonNull(command, "command is null");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.accepted(this);
        }
    }

    /**
     * A refused request.
     *
     * @param message what is wrong, for the answer's body and the log; never contains credentials
     */
    record Rejected(Rejection rejection, String message) implements EspfDecoding {
        public Rejected {
            requireNonNull(rejection, "rejection is null");
            requireNonNull(message, "message is null");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rejected(this);
        }
    }
}
