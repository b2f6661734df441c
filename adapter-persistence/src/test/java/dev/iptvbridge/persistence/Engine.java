package dev.iptvbridge.persistence;

/** The databases every contract test runs against. */
enum Engine {
    H2, POSTGRES;

    /** Settings of a fresh, empty database (or schema) of this engine. */
    DatabaseSettings freshDatabase() {
        return this == H2 ? TestH2.freshFile() : SharedPostgres.instance().freshSchema();
    }
}
