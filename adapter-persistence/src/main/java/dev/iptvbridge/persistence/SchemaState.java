package dev.iptvbridge.persistence;

import static java.util.Objects.requireNonNull;

/**
 * How the database's schema compares with the migrations this code ships, as {@link Database#schema()}
 * finds it without changing anything. Versions are Flyway versions such as {@code 20261201180100}.
 */
public sealed interface SchemaState {

    /** The newest migration this code ships. */
    String codeVersion();

    <R> R accept(Visitor<R> visitor);

    /** One method per state, so that a new state fails to compile wherever it is not handled. */
    interface Visitor<R> {
        R current(Current current);

        R missing(Missing missing);

        R behind(Behind behind);

        R ahead(Ahead ahead);
    }

    /** Every migration of this code is applied, and none other. */
    record Current(String codeVersion) implements SchemaState {
        public Current {
            requireNonNull(codeVersion, "codeVersion is null");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.current(this);
        }
    }

    /** No database file (H2), or no schema of the bridge in it: nothing was ever migrated. */
    record Missing(String codeVersion) implements SchemaState {
        public Missing {
            requireNonNull(codeVersion, "codeVersion is null");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.missing(this);
        }
    }

    /** An older schema: migrations of this code are not applied yet. */
    record Behind(String databaseVersion, String codeVersion) implements SchemaState {
        public Behind {
            requireNonNull(databaseVersion, "databaseVersion is null");
            requireNonNull(codeVersion, "codeVersion is null");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.behind(this);
        }
    }

    /** A newer schema: a newer release migrated it; this code never takes a schema down. */
    record Ahead(String databaseVersion, String codeVersion) implements SchemaState {
        public Ahead {
            requireNonNull(databaseVersion, "databaseVersion is null");
            requireNonNull(codeVersion, "codeVersion is null");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.ahead(this);
        }
    }
}
