package dev.iptvbridge.application.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkQueuePort} does: extend this with a fresh, empty queue per test
 * ({@link QueueContractFixture}). Lease, claim-by-key and parking cases are in {@link WorkQueueLeaseCases},
 * lanes in {@link WorkQueueLaneCases}, scheduled moments in {@link WorkQueueScheduleCases}.
 */
public abstract class WorkQueueContract extends WorkQueueScheduleCases {

    @Test
    void requestsForOneKeyCoalesceIntoOneEntryDueAtTheEarliest() {
        queue.enqueue(ACCOUNT, T0.plusSeconds(60));
        queue.enqueue(ACCOUNT, T0.plusSeconds(10));
        queue.enqueue(ACCOUNT, T0.plusSeconds(30));
        queue.enqueue(WorkKey.customer(7), T0);

        assertThat(entry(ACCOUNT).dueAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(entry(ACCOUNT).queuedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(queue.stats().queued()).isEqualTo(2);
        assertThat(queue.claim("w1", 10, T0.plusSeconds(9), LEASE)).extracting(ClaimedWork::key)
                .containsExactly(WorkKey.customer(7));
    }

    @Test
    void anEntryKeepsTheNewestFiftyEventIdsEachOnce() {
        for (long id = 1; id <= 60; id++) {
            enqueueEvent(id, 7, T0);
        }
        enqueueEvent(60, 7, T0);

        List<Long> ids = claimOne("w1", T0).eventIds();
        assertThat(ids).hasSize(50).startsWith(11L).endsWith(60L).doesNotHaveDuplicates();
    }

    @Test
    void claimsTheEarliestDueFirstAndAtMostMax() {
        queue.enqueue(WorkKey.account(3), T0.plusSeconds(3));
        queue.enqueue(WorkKey.account(1), T0.plusSeconds(1));
        queue.enqueue(WorkKey.account(2), T0.plusSeconds(2));
        queue.enqueue(WorkKey.account(4), T0.plusSeconds(100));

        List<ClaimedWork> claimed = queue.claim("w1", 2, T0.plusSeconds(5), LEASE);

        assertThat(claimed).extracting(ClaimedWork::key).containsExactly(WorkKey.account(1), WorkKey.account(2));
        assertThat(claimed.get(0).owner()).isEqualTo("w1");
        assertThat(claimed.get(0).leaseUntil()).isEqualTo(T0.plusSeconds(35));
        assertThat(queue.claim("w2", 5, T0.plusSeconds(5), LEASE)).extracting(ClaimedWork::key)
                .containsExactly(WorkKey.account(3));
        assertThat(queue.claim("w2", 0, T0.plusSeconds(500), LEASE)).isEmpty();
    }

    @Test
    void entriesWhoseLeaseRanOutAreClaimedBeforeQueuedOnesTheLongestExpiredFirst() {
        queue.enqueue(WorkKey.account(1), T0);
        queue.enqueue(WorkKey.account(2), T0.plusSeconds(1));
        claimOne("crashed-a", T0.plusSeconds(1));
        claimOne("crashed-b", T0.plusSeconds(2));
        queue.enqueue(WorkKey.account(3), T0.minusSeconds(100));

        List<ClaimedWork> claimed = queue.claim("w1", 3, T0.plusSeconds(60), LEASE);

        assertThat(claimed).extracting(ClaimedWork::key)
                .containsExactly(WorkKey.account(1), WorkKey.account(2), WorkKey.account(3));
    }

    @Test
    void aLeaseHoldsUpToAndIncludingItsLeaseUntil() {
        queue.enqueue(ACCOUNT, T0);
        ClaimedWork first = claimOne("w1", T0);

        assertThat(queue.claim("w2", 1, first.leaseUntil(), LEASE)).isEmpty();
        assertThat(queue.claimKey(ACCOUNT, "operator", first.leaseUntil(), LEASE)).isEmpty();
        assertThat(queue.claim("w2", 1, first.leaseUntil().plusMillis(1), LEASE)).hasSize(1);
    }

    @Test
    void aWorkerWhoseLeaseWasTakenChangesNothing() {
        queue.enqueue(ACCOUNT, T0);
        ClaimedWork first = claimOne("w1", T0);
        ClaimedWork second = claimOne("w2", T0.plusSeconds(31));

        assertThat(queue.complete(first, T0.plusSeconds(32))).isFalse();
        queue.retryLater(first, T0.plusSeconds(90), "late");
        queue.park(first, "late");
        queue.release(first);
        assertThat(queue.renew(first, T0.plusSeconds(32), LEASE)).isEmpty();

        QueueEntry entry = entry(ACCOUNT);
        assertThat(entry.state()).isEqualTo(QueueState.CLAIMED);
        assertThat(entry.owner()).contains("w2");
        assertThat(entry.attempts()).isZero();
        assertThat(entry.lastError()).isEmpty();
        assertThat(queue.complete(second, T0.plusSeconds(33))).isTrue();
        assertThat(queue.find(ACCOUNT)).isEmpty();
    }

    @Test
    void anAccountChangedWhileClaimedIsQueuedAgainAtOnceByComplete() {
        enqueueEvent(1, 7, T0);
        ClaimedWork work = claimOne("w1", T0);
        enqueueEvent(2, 7, T0.plusSeconds(1));

        assertThat(queue.complete(work, T0.plusSeconds(2))).isFalse();

        QueueEntry entry = entry(ACCOUNT);
        assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
        assertThat(entry.dueAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(entry.queuedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(entry.attempts()).isZero();
        ClaimedWork again = claimOne("w1", T0.plusSeconds(2));
        assertThat(again.eventIds()).containsExactly(2L);
        assertThat(queue.complete(again, T0.plusSeconds(3))).isTrue();
        assertThat(queue.find(ACCOUNT)).isEmpty();
    }

    @Test
    void retryLaterCountsTheAttemptAndMakesTheEntryDueAtTheBackoffAndNotBefore() {
        enqueueEvent(1, 7, T0);
        ClaimedWork work = claimOne("w1", T0);

        queue.retryLater(work, T0.plusSeconds(60), "TransientFailure: Minerva answered 503");

        assertThat(queue.claim("w1", 1, T0.plusSeconds(59), LEASE)).isEmpty();
        QueueEntry waiting = entry(ACCOUNT);
        assertThat(waiting.state()).isEqualTo(QueueState.QUEUED);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.owner()).isEmpty();
        assertThat(waiting.lastError()).contains("TransientFailure: Minerva answered 503");
        ClaimedWork retried = claimOne("w1", T0.plusSeconds(60));
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.eventIds()).containsExactly(1L);
    }

    @Test
    void releaseHandsTheEntryBackDueAsBeforeWithItsAttemptsAndError() {
        queue.enqueue(ACCOUNT, T0);
        queue.retryLater(claimOne("w1", T0), T0.plusSeconds(10), "boom");
        ClaimedWork second = claimOne("w1", T0.plusSeconds(20));

        queue.release(second);

        QueueEntry released = entry(ACCOUNT);
        assertThat(released.state()).isEqualTo(QueueState.QUEUED);
        assertThat(released.dueAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(released.queuedAt()).isEqualTo(T0);
        assertThat(released.lastError()).contains("boom");
        assertThat(claimOne("w2", T0.plusSeconds(20)).attempts()).isEqualTo(1);
    }

    @Test
    void statsCountEntriesByStateAndTheOldestWaiting() {
        assertThat(queue.stats()).isEqualTo(new QueueStats(0, 0, 0, Optional.empty()));
        queue.enqueue(WorkKey.account(1), T0);
        queue.enqueue(WorkKey.account(2), T0.plusSeconds(5));
        queue.enqueue(WorkKey.account(3), T0.plusSeconds(9));
        queue.enqueue(WorkKey.account(4), T0.plusSeconds(100));
        List<ClaimedWork> claimed = queue.claim("w1", 2, T0.plusSeconds(10), LEASE);
        queue.park(claimed.get(1), "PermanentFailure: refused");

        assertThat(queue.stats()).isEqualTo(new QueueStats(2, 1, 1, Optional.of(T0.plusSeconds(9))));
    }
}
