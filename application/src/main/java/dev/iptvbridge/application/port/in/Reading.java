package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What one remote system answered to a read, or why it could not be read: a view that shows what it
 * could read, and says which system did not answer, instead of failing whole.
 *
 * @param <T> what the read gives
 */
public sealed interface Reading<T> {

    /** The content when it was read, empty when it could not be. */
    Optional<T> asOptional();

    <R> R accept(Visitor<T, R> visitor);

    /** One method per outcome of a read. */
    interface Visitor<T, R> {
        R read(Read<T> read);

        R unread(Unread<T> unread);
    }

    /** The system answered; {@code content} is what it said. */
    record Read<T>(T content) implements Reading<T> {
        public Read {
            requireNonNull(content, "content is null");
        }

        @Override
        public Optional<T> asOptional() {
            return Optional.of(content);
        }

        @Override
        public <R> R accept(Visitor<T, R> visitor) {
            return visitor.read(this);
        }
    }

    /** The system could not be read; {@code error} says why, in the words of the failure. */
    record Unread<T>(String error) implements Reading<T> {
        public Unread {
            requireNonNull(error, "error is null");
        }

        @Override
        public Optional<T> asOptional() {
            return Optional.empty();
        }

        @Override
        public <R> R accept(Visitor<T, R> visitor) {
            return visitor.unread(this);
        }
    }
}
