package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.application.queue.WorkQueueContract;
import java.time.Instant;

/** The fake keeps the port's contract, as the database adapter does. */
class InMemoryWorkQueueContractTest extends WorkQueueContract {

    private InMemoryWorkQueue fake;

    @Override
    protected WorkQueuePort open() {
        fake = new InMemoryWorkQueue();
        return fake;
    }

    @Override
    protected void enqueueEvent(long eventId, long accountId, Instant at) {
        fake.enqueue(WorkKey.account(accountId), at, eventId);
    }
}
