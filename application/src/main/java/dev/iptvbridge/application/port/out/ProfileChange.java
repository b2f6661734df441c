package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The profile fields to change; an empty one keeps its value. */
public record ProfileChange(Optional<String> login, Optional<String> name, Optional<Boolean> wholeHomeDvr) {

    public ProfileChange {
        requireNonNull(login, "login is null");
        requireNonNull(name, "name is null");
        requireNonNull(wholeHomeDvr, "wholeHomeDvr is null");
    }
}
