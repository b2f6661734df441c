package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.persistence.MigrationReport;

/**
 * What {@code migrate} did.
 *
 * @param version the schema version now in the database, such as {@code 20261125183300}
 * @param applied the migrations this run applied; 0 when the schema was already current
 */
record MigrationView(String version, int applied) {

    static MigrationView of(MigrationReport report) {
        return new MigrationView(report.currentVersion(), report.applied());
    }

    String sentence() {
        return "database at version " + version + ", " + applied + (applied == 1 ? " migration" : " migrations")
                + " applied";
    }
}
