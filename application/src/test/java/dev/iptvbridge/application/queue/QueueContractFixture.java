package dev.iptvbridge.application.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh queue per test, for the contract's cases: implementations say how to open one. */
public abstract class QueueContractFixture {

    protected static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    protected static final Duration LEASE = Duration.ofSeconds(30);
    protected static final WorkKey ACCOUNT = WorkKey.account(7);

    protected WorkQueuePort queue;

    /** A fresh, empty queue. */
    protected abstract WorkQueuePort open();

    /** What storing an ESPF event for account {@code accountId} received at {@code at} does to the queue. */
    protected abstract void enqueueEvent(long eventId, long accountId, Instant at);

    /** Frees what {@link #open()} took. */
    protected void close() {
    }

    @BeforeEach
    void openQueue() {
        queue = open();
    }

    @AfterEach
    void closeQueue() {
        close();
    }

    protected ClaimedWork claimOne(String owner, Instant now) {
        List<ClaimedWork> claimed = queue.claim(owner, 1, now, LEASE);
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    protected QueueEntry entry(WorkKey key) {
        return queue.find(key).orElseThrow();
    }

}
