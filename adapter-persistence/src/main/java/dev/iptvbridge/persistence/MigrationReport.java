package dev.iptvbridge.persistence;

import static java.util.Objects.requireNonNull;

/**
 * What {@link Database#migrate()} did.
 *
 * @param applied        migrations applied by this call; 0 when the schema was already current
 * @param currentVersion the schema version now in the database, such as {@code 20261125183300}
 */
public record MigrationReport(int applied, String currentVersion) {

    public MigrationReport {
        requireNonNull(currentVersion, "currentVersion is null");
    }
}
