package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.application.queue.WorkQueueContract;
import java.time.Instant;

/** The work queue's contract on PostgreSQL, in a fresh schema. */
class PostgresWorkQueueContractIT extends WorkQueueContract {

    private Fixture db;

    @Override
    protected WorkQueuePort open() {
        db = Fixture.open(Engine.POSTGRES);
        return db.adapter;
    }

    @Override
    protected void enqueueEvent(long eventId, long accountId, Instant at) {
        db.adapter.store(Fixture.event(eventId, accountId, at));
    }

    @Override
    protected void close() {
        db.close();
    }
}
