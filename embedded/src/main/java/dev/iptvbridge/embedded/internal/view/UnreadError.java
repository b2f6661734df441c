package dev.iptvbridge.embedded.internal.view;

import dev.iptvbridge.application.port.in.Reading;
import java.util.Optional;

/** Why a system could not be read, or empty when it was. */
final class UnreadError<T> implements Reading.Visitor<T, Optional<String>> {

    @Override
    public Optional<String> read(Reading.Read<T> read) {
        return Optional.empty();
    }

    @Override
    public Optional<String> unread(Reading.Unread<T> unread) {
        return Optional.of(unread.error());
    }
}
