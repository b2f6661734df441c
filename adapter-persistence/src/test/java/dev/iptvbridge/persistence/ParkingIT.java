package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static dev.iptvbridge.persistence.Fixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Duration;
import java.util.Optional;

class ParkingIT {

    private static final Duration LEASE = Duration.ofSeconds(30);

    private static void failAndPark(Fixture db, long account, String error) {
        db.adapter.enqueue(WorkKey.account(account), T0);
        ClaimedWork work = db.adapter.claim("w1", 1, T0, LEASE).get(0);
        db.adapter.retryLater(work, T0, "first try failed");
        db.adapter.park(db.adapter.claim("w1", 1, T0, LEASE).get(0), error);
    }

    @ContractTest
    void aParkedEntryWaitsForAnOperatorWhoRetriesIt(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            failAndPark(db, 7, "PermanentFailure: Minerva refused the package");

            assertThat(db.adapter.claim("w1", 10, T0.plus(Duration.ofDays(30)), LEASE)).isEmpty();
            QueueEntry parked = db.adapter.parked(10).get(0);
            assertThat(parked.key()).isEqualTo(WorkKey.account(7));
            assertThat(parked.state()).isEqualTo(QueueState.PARKED);
            assertThat(parked.attempts()).isEqualTo(1);
            assertThat(parked.lastError()).contains("PermanentFailure: Minerva refused the package");

            assertThat(db.adapter.retryParked(Optional.of(WorkKey.account(7)), T0.plusSeconds(100))).isEqualTo(1);

            assertThat(db.adapter.parked(10)).isEmpty();
            ClaimedWork retried = db.adapter.claim("w1", 1, T0.plusSeconds(100), LEASE).get(0);
            assertThat(retried.key()).isEqualTo(WorkKey.account(7));
            assertThat(retried.attempts()).isZero();
        }
    }

    @ContractTest
    void retryingAllParkedEntriesTouchesOnlyParkedOnes(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            failAndPark(db, 7, "boom");
            failAndPark(db, 8, "boom");
            db.adapter.enqueue(WorkKey.account(9), T0.plusSeconds(500));

            assertThat(db.adapter.retryParked(Optional.empty(), T0.plusSeconds(100))).isEqualTo(2);
            assertThat(db.adapter.retryParked(Optional.of(WorkKey.account(9)), T0.plusSeconds(100))).isZero();
            assertThat(db.adapter.find(WorkKey.account(9)).orElseThrow().dueAt()).isEqualTo(T0.plusSeconds(500));
            assertThat(db.adapter.stats().queued()).isEqualTo(3);
        }
    }

    @ContractTest
    void aNewEventGivesAParkedEntryAFreshTry(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            failAndPark(db, 7, "boom");

            db.adapter.store(event(42, 7, T0.plusSeconds(200)));

            QueueEntry entry = db.adapter.find(WorkKey.account(7)).orElseThrow();
            assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
            assertThat(entry.attempts()).isZero();
            assertThat(entry.dueAt()).isEqualTo(T0.plusSeconds(200));
            assertThat(entry.eventIds()).containsExactly(42L);
        }
    }

    @ContractTest
    void anEntryAskedForWhileItsAttemptFailedIsNotParked(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.enqueue(WorkKey.account(7), T0);
            ClaimedWork work = db.adapter.claim("w1", 1, T0, LEASE).get(0);
            db.adapter.store(event(43, 7, T0.plusSeconds(1)));

            db.adapter.park(work, "PermanentFailure: refused");

            QueueEntry entry = db.adapter.find(WorkKey.account(7)).orElseThrow();
            assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
            assertThat(entry.lastError()).contains("PermanentFailure: refused");
            assertThat(db.adapter.claim("w1", 1, T0.plusSeconds(2), LEASE).get(0).eventIds()).containsExactly(43L);
        }
    }
}
