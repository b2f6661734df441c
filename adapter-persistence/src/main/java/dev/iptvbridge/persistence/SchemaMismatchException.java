package dev.iptvbridge.persistence;

import static java.util.Objects.requireNonNull;

/**
 * The schema is not one this code can work on as asked: newer than the code (refused by
 * {@link Database#migrate()}), or missing or older where a read-only command needs it current.
 * The message names both versions and what to run.
 */
public final class SchemaMismatchException extends RuntimeException {

    private final transient SchemaState state;

    public SchemaMismatchException(String message, SchemaState state) {
        super(requireNonNull(message, "message is null"));
        this.state = requireNonNull(state, "state is null");
    }

    public SchemaState state() {
        return state;
    }
}
