package dev.iptvbridge.application.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract's cases on renewing leases, claiming one key, and parking. */
public abstract class WorkQueueLeaseCases extends QueueContractFixture {

    @Test
    void aRenewedLeaseKeepsOtherWorkersAwayAndTheRenewedClaimCompletes() {
        queue.enqueue(ACCOUNT, T0);
        ClaimedWork work = claimOne("w1", T0);

        ClaimedWork renewed = queue.renew(work, T0.plusSeconds(20), LEASE).orElseThrow();

        assertThat(renewed.leaseUntil()).isEqualTo(T0.plusSeconds(50));
        assertThat(renewed.owner()).isEqualTo("w1");
        assertThat(queue.claim("w2", 1, T0.plusSeconds(40), LEASE)).isEmpty();
        assertThat(queue.complete(renewed, T0.plusSeconds(41))).isTrue();
        assertThat(queue.find(ACCOUNT)).isEmpty();
    }

    @Test
    void aLeaseThatRanOutCannotBeRenewedEvenIfNobodyTookIt() {
        queue.enqueue(ACCOUNT, T0);
        ClaimedWork work = claimOne("w1", T0);

        assertThat(queue.renew(work, T0.plusSeconds(31), LEASE)).isEmpty();
        assertThat(claimOne("w2", T0.plusSeconds(31)).owner()).isEqualTo("w2");
    }

    @Test
    void aRequestDuringTheWorkIsKeptAcrossRenewals() {
        enqueueEvent(1, 7, T0);
        ClaimedWork work = claimOne("w1", T0);
        enqueueEvent(2, 7, T0.plusSeconds(5));
        ClaimedWork renewed = queue.renew(work, T0.plusSeconds(10), LEASE).orElseThrow();
        renewed = queue.renew(renewed, T0.plusSeconds(20), LEASE).orElseThrow();

        assertThat(queue.complete(renewed, T0.plusSeconds(25))).isFalse();
        assertThat(entry(ACCOUNT).state()).isEqualTo(QueueState.QUEUED);
        assertThat(claimOne("w1", T0.plusSeconds(25)).eventIds()).containsExactly(2L);
    }

    @Test
    void claimingOneKeyCreatesTheEntryWhenThereIsNone() {
        ClaimedWork work = queue.claimKey(ACCOUNT, "operator", T0, LEASE).orElseThrow();

        assertThat(work.key()).isEqualTo(ACCOUNT);
        assertThat(work.leaseUntil()).isEqualTo(T0.plusSeconds(30));
        assertThat(entry(ACCOUNT).owner()).contains("operator");
        assertThat(queue.claim("w1", 1, T0, LEASE)).isEmpty();
        assertThat(queue.complete(work, T0.plusSeconds(1))).isTrue();
        assertThat(queue.find(ACCOUNT)).isEmpty();
    }

    @Test
    void claimingOneKeyTakesItWhateverItsDueTimeButNotFromALiveLease() {
        queue.enqueue(ACCOUNT, T0.plusSeconds(600));
        ClaimedWork operator = queue.claimKey(ACCOUNT, "operator", T0, LEASE).orElseThrow();

        assertThat(queue.claimKey(ACCOUNT, "another", T0.plusSeconds(10), LEASE)).isEmpty();
        QueueEntry held = entry(ACCOUNT);
        assertThat(held.owner()).contains("operator");
        assertThat(held.leaseUntil()).contains(T0.plusSeconds(30));

        queue.release(operator);
        assertThat(entry(ACCOUNT).dueAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(queue.claimKey(ACCOUNT, "another", T0.plusSeconds(10), LEASE)).isPresent();
        assertThat(queue.claimKey(ACCOUNT, "third", T0.plusSeconds(41), LEASE).orElseThrow().owner())
                .isEqualTo("third");
    }

    @Test
    void claimingAParkedKeyTakesIt() {
        failAndPark(7, "PermanentFailure: refused");

        ClaimedWork work = queue.claimKey(ACCOUNT, "operator", T0.plusSeconds(5), LEASE).orElseThrow();

        assertThat(work.attempts()).isEqualTo(1);
        assertThat(entry(ACCOUNT).state()).isEqualTo(QueueState.CLAIMED);
    }

    @Test
    void aParkedEntryKeepsItsAttemptsAndWaitsForAnOperatorWhoRetriesIt() {
        failAndPark(7, "PermanentFailure: Minerva refused the package");

        assertThat(queue.claim("w1", 10, T0.plus(Duration.ofDays(30)), LEASE)).isEmpty();
        QueueEntry parked = queue.parked(10).get(0);
        assertThat(parked.key()).isEqualTo(ACCOUNT);
        assertThat(parked.state()).isEqualTo(QueueState.PARKED);
        assertThat(parked.attempts()).isEqualTo(1);
        assertThat(parked.owner()).isEmpty();
        assertThat(parked.lastError()).contains("PermanentFailure: Minerva refused the package");

        assertThat(queue.retryParked(Optional.of(ACCOUNT), T0.plusSeconds(100))).isEqualTo(1);

        assertThat(queue.parked(10)).isEmpty();
        assertThat(entry(ACCOUNT).queuedAt()).isEqualTo(T0.plusSeconds(100));
        ClaimedWork retried = claimOne("w1", T0.plusSeconds(100));
        assertThat(retried.key()).isEqualTo(ACCOUNT);
        assertThat(retried.attempts()).isZero();
    }

    @Test
    void retryingAllParkedEntriesTouchesOnlyParkedOnes() {
        failAndPark(7, "boom");
        failAndPark(8, "boom");
        queue.enqueue(WorkKey.account(9), T0.plusSeconds(500));

        assertThat(queue.retryParked(Optional.empty(), T0.plusSeconds(100))).isEqualTo(2);
        assertThat(queue.retryParked(Optional.of(WorkKey.account(9)), T0.plusSeconds(100))).isZero();
        assertThat(entry(WorkKey.account(9)).dueAt()).isEqualTo(T0.plusSeconds(500));
        assertThat(queue.stats().queued()).isEqualTo(3);
    }

    @Test
    void aNewEventGivesAParkedEntryAFreshTryQueuedAndDueWhenAsked() {
        failAndPark(7, "boom");

        enqueueEvent(42, 7, T0.plusSeconds(200));

        QueueEntry entry = entry(ACCOUNT);
        assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
        assertThat(entry.attempts()).isZero();
        assertThat(entry.dueAt()).isEqualTo(T0.plusSeconds(200));
        assertThat(entry.queuedAt()).isEqualTo(T0.plusSeconds(200));
        assertThat(entry.lastError()).contains("boom");
        assertThat(entry.eventIds()).containsExactly(42L);
    }

    @Test
    void anEntryAskedForWhileItsAttemptFailedIsNotParked() {
        queue.enqueue(ACCOUNT, T0);
        ClaimedWork work = claimOne("w1", T0);
        enqueueEvent(43, 7, T0.plusSeconds(1));

        queue.park(work, "PermanentFailure: refused");

        QueueEntry entry = entry(ACCOUNT);
        assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
        assertThat(entry.attempts()).isZero();
        assertThat(entry.lastError()).contains("PermanentFailure: refused");
        assertThat(claimOne("w1", T0.plusSeconds(2)).eventIds()).containsExactly(43L);
    }

    private void failAndPark(long account, String error) {
        queue.enqueue(WorkKey.account(account), T0);
        queue.retryLater(claimOne("w1", T0), T0, "first try failed");
        queue.park(claimOne("w1", T0), error);
    }
}
