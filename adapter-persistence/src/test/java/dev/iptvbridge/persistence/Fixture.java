package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.InboundEvent;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** A migrated, empty database of one engine with an adapter over it. */
final class Fixture implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    final Database database;
    final PersistenceAdapter adapter;

    private Fixture(Database database) {
        this.database = database;
        this.adapter = new PersistenceAdapter(database);
    }

    static Fixture open(Engine engine) {
        return new Fixture(engine.openMigrated());
    }

    static InboundEvent event(long eventId, long accountId, Instant receivedAt) {
        return new InboundEvent(eventId, "Subscriber/Updated", OptionalInt.of(1), WorkKey.account(accountId),
                Optional.of(receivedAt.minusSeconds(1)), receivedAt);
    }

    @Override
    public void close() {
        database.close();
    }
}
