package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static dev.iptvbridge.persistence.Fixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

class WorkQueueIT {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final WorkKey ACCOUNT = WorkKey.account(7);

    @ContractTest
    void requestsForOneKeyCoalesceIntoOneEntryDueAtTheEarliest(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.enqueue(ACCOUNT, T0.plusSeconds(60));
            db.adapter.enqueue(ACCOUNT, T0.plusSeconds(10));
            db.adapter.enqueue(ACCOUNT, T0.plusSeconds(30));
            db.adapter.enqueue(WorkKey.customer(7), T0);

            assertThat(db.adapter.find(ACCOUNT).orElseThrow().dueAt()).isEqualTo(T0.plusSeconds(10));
            assertThat(db.adapter.stats().queued()).isEqualTo(2);
            assertThat(db.adapter.claim("w1", 10, T0.plusSeconds(9), LEASE)).extracting(ClaimedWork::key)
                    .containsExactly(WorkKey.customer(7));
        }
    }

    @ContractTest
    void anEntryKeepsTheNewestFiftyEventIds(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            for (long id = 1; id <= 60; id++) {
                db.adapter.store(event(id, 7, T0));
            }

            List<Long> ids = db.adapter.claim("w1", 1, T0, LEASE).get(0).eventIds();
            assertThat(ids).hasSize(50).startsWith(11L).endsWith(60L);
        }
    }

    @ContractTest
    void claimsTheOldestDueFirstAndAtMostMax(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.enqueue(WorkKey.account(3), T0.plusSeconds(3));
            db.adapter.enqueue(WorkKey.account(1), T0.plusSeconds(1));
            db.adapter.enqueue(WorkKey.account(2), T0.plusSeconds(2));
            db.adapter.enqueue(WorkKey.account(4), T0.plusSeconds(100));

            List<ClaimedWork> claimed = db.adapter.claim("w1", 2, T0.plusSeconds(5), LEASE);

            assertThat(claimed).extracting(ClaimedWork::key).containsExactly(WorkKey.account(1), WorkKey.account(2));
            assertThat(claimed.get(0).owner()).isEqualTo("w1");
            assertThat(claimed.get(0).leaseUntil()).isEqualTo(T0.plusSeconds(35));
            assertThat(db.adapter.claim("w2", 5, T0.plusSeconds(5), LEASE)).extracting(ClaimedWork::key)
                    .containsExactly(WorkKey.account(3));
        }
    }

    @ContractTest
    void anExpiredLeaseIsClaimedAgainAndTheFirstWorkerCannotCompleteIt(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.enqueue(ACCOUNT, T0);
            ClaimedWork first = db.adapter.claim("w1", 1, T0, LEASE).get(0);

            assertThat(db.adapter.claim("w2", 1, T0.plusSeconds(29), LEASE)).isEmpty();
            ClaimedWork second = db.adapter.claim("w2", 1, T0.plusSeconds(31), LEASE).get(0);
            assertThat(second.key()).isEqualTo(ACCOUNT);

            assertThat(db.adapter.complete(first, T0.plusSeconds(32))).isFalse();
            QueueEntry entry = db.adapter.find(ACCOUNT).orElseThrow();
            assertThat(entry.state()).isEqualTo(QueueState.CLAIMED);
            assertThat(entry.owner()).contains("w2");
            assertThat(db.adapter.complete(second, T0.plusSeconds(33))).isTrue();
            assertThat(db.adapter.find(ACCOUNT)).isEmpty();
        }
    }

    @ContractTest
    void anAccountChangedWhileClaimedIsClaimedAgainAfterComplete(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.store(event(1, 7, T0));
            ClaimedWork work = db.adapter.claim("w1", 1, T0, LEASE).get(0);
            db.adapter.store(event(2, 7, T0.plusSeconds(1)));

            assertThat(db.adapter.complete(work, T0.plusSeconds(2))).isFalse();

            QueueEntry entry = db.adapter.find(ACCOUNT).orElseThrow();
            assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
            assertThat(entry.dueAt()).isEqualTo(T0.plusSeconds(2));
            ClaimedWork again = db.adapter.claim("w1", 1, T0.plusSeconds(2), LEASE).get(0);
            assertThat(again.eventIds()).containsExactly(2L);
            assertThat(db.adapter.complete(again, T0.plusSeconds(3))).isTrue();
            assertThat(db.adapter.find(ACCOUNT)).isEmpty();
        }
    }

    @ContractTest
    void retryLaterMakesTheEntryDueAtTheBackoffAndNotBefore(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.store(event(1, 7, T0));
            ClaimedWork work = db.adapter.claim("w1", 1, T0, LEASE).get(0);

            db.adapter.retryLater(work, T0.plusSeconds(60), "TransientFailure: Minerva answered 503");

            assertThat(db.adapter.claim("w1", 1, T0.plusSeconds(59), LEASE)).isEmpty();
            QueueEntry waiting = db.adapter.find(ACCOUNT).orElseThrow();
            assertThat(waiting.attempts()).isEqualTo(1);
            assertThat(waiting.lastError()).contains("TransientFailure: Minerva answered 503");
            ClaimedWork retried = db.adapter.claim("w1", 1, T0.plusSeconds(60), LEASE).get(0);
            assertThat(retried.attempts()).isEqualTo(1);
            assertThat(retried.eventIds()).containsExactly(1L);
        }
    }

    @ContractTest
    void releaseHandsTheEntryBackDueAtOnceWithItsAttempts(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.enqueue(ACCOUNT, T0);
            ClaimedWork work = db.adapter.claim("w1", 1, T0, LEASE).get(0);
            db.adapter.retryLater(work, T0.plusSeconds(10), "boom");
            ClaimedWork second = db.adapter.claim("w1", 1, T0.plusSeconds(10), LEASE).get(0);

            db.adapter.release(second);

            ClaimedWork third = db.adapter.claim("w2", 1, T0.plusSeconds(11), LEASE).get(0);
            assertThat(third.attempts()).isEqualTo(1);
        }
    }

    @ContractTest
    void statsCountEntriesByStateAndTheOldestWaiting(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            assertThat(db.adapter.stats()).isEqualTo(new QueueStats(0, 0, 0, Optional.empty()));
            db.adapter.enqueue(WorkKey.account(1), T0);
            db.adapter.enqueue(WorkKey.account(2), T0.plusSeconds(5));
            db.adapter.enqueue(WorkKey.account(3), T0.plusSeconds(9));
            db.adapter.enqueue(WorkKey.account(4), T0.plusSeconds(100));
            List<ClaimedWork> claimed = db.adapter.claim("w1", 2, T0.plusSeconds(10), LEASE);
            db.adapter.park(claimed.get(1), "PermanentFailure: refused");

            assertThat(db.adapter.stats()).isEqualTo(new QueueStats(2, 1, 1, Optional.of(T0.plusSeconds(9))));
        }
    }
}
