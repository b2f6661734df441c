package dev.iptvbridge.persistence;

/** The databases every contract test runs against. */
enum Engine {
    H2, POSTGRES;

    /** Settings of a fresh, empty database (or schema) of this engine. */
    DatabaseSettings freshDatabase() {
        return this == H2 ? TestH2.freshFile() : SharedPostgres.instance().freshSchema();
    }

    /** A fresh database (or schema) of this engine that {@link Database#migrate()} has already been run on. */
    Database openMigrated() {
        if (this == H2) {
            return Database.open(TestH2.freshMigratedFile());
        }
        Database database = Database.open(freshDatabase());
        database.migrate();
        return database;
    }
}
