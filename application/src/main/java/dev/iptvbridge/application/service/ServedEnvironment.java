package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/** The billing environment ({@code i_env}) this bridge serves; empty serves every environment. */
public record ServedEnvironment(OptionalInt environment) {

    public static final ServedEnvironment ALL = new ServedEnvironment(OptionalInt.empty());

    public ServedEnvironment {
        requireNonNull(environment, "environment is null");
    }

    public static ServedEnvironment only(int environment) {
        return new ServedEnvironment(OptionalInt.of(environment));
    }

    /** The environment's number as text, or {@code all}: the name comparison runs are kept under. */
    public String label() {
        return environment.isPresent() ? String.valueOf(environment.getAsInt()) : "all";
    }

    /** An event or account without an environment is served: the account read later decides. */
    public boolean serves(OptionalInt candidate) {
        return environment.isEmpty() || candidate.isEmpty() || environment.getAsInt() == candidate.getAsInt();
    }
}
