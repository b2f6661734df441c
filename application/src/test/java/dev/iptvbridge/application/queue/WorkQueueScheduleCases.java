package dev.iptvbridge.application.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueLane;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.WorkKey;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract's cases on {@code schedule}: a reconcile at a known moment that never hurries nor delays one. */
public abstract class WorkQueueScheduleCases extends WorkQueueLaneCases {

    @Test
    void aMomentScheduledWhileClaimedQueuesTheEntryLiveThenWhenItCompletes() {
        enqueueEvent(1, 7, T0);
        ClaimedWork work = claimOne("w1", T0);

        queue.schedule(ACCOUNT, T0.plusSeconds(100));

        assertThat(queue.complete(work, T0.plusSeconds(1))).isTrue();
        QueueEntry entry = entry(ACCOUNT);
        assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
        assertThat(entry.dueAt()).isEqualTo(T0.plusSeconds(100));
        assertThat(entry.lane()).isEqualTo(QueueLane.LIVE);
        assertThat(entry.eventIds()).isEmpty();
        assertThat(queue.claim("w1", 1, T0.plusSeconds(99), LEASE)).isEmpty();
        assertThat(claimOne("w1", T0.plusSeconds(100)).key()).isEqualTo(ACCOUNT);
    }

    @Test
    void theEarliestMomentCountsAndASweepEntryComesBackLive() {
        queue.enqueueSweep(ACCOUNT, T0, "comparison");
        ClaimedWork work = claimOne("w1", T0);

        queue.schedule(ACCOUNT, T0.plusSeconds(100));
        queue.schedule(ACCOUNT, T0.plusSeconds(50));
        queue.schedule(ACCOUNT, T0.plusSeconds(200));
        queue.complete(work, T0.plusSeconds(1));

        assertThat(entry(ACCOUNT).dueAt()).isEqualTo(T0.plusSeconds(50));
        assertThat(entry(ACCOUNT).lane()).isEqualTo(QueueLane.LIVE);
        assertThat(entry(ACCOUNT).run()).isEmpty();
    }

    @Test
    void aMomentNeverDelaysAReconcileAskedForEarlier() {
        queue.enqueue(ACCOUNT, T0);
        queue.schedule(ACCOUNT, T0.plusSeconds(100));
        assertThat(entry(ACCOUNT).dueAt()).isEqualTo(T0);

        ClaimedWork work = claimOne("w1", T0);
        queue.schedule(ACCOUNT, T0.plusSeconds(100));
        enqueueEvent(2, 7, T0.plusSeconds(1));
        assertThat(queue.complete(work, T0.plusSeconds(2))).isFalse();
        assertThat(entry(ACCOUNT).dueAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void aMomentMakesAWaitingEntryDueEarlierAndLive() {
        queue.enqueueSweep(ACCOUNT, T0.plusSeconds(500), "comparison");

        queue.schedule(ACCOUNT, T0.plusSeconds(100));

        assertThat(entry(ACCOUNT).dueAt()).isEqualTo(T0.plusSeconds(100));
        assertThat(entry(ACCOUNT).lane()).isEqualTo(QueueLane.LIVE);
    }

    @Test
    void aMomentForNoEntryQueuesOneLiveAndAParkedEntryStaysParked() {
        queue.schedule(ACCOUNT, T0.plusSeconds(100));
        assertThat(entry(ACCOUNT).dueAt()).isEqualTo(T0.plusSeconds(100));
        assertThat(entry(ACCOUNT).lane()).isEqualTo(QueueLane.LIVE);

        WorkKey parked = WorkKey.account(8);
        queue.enqueue(parked, T0);
        queue.park(claimOne("w1", T0), "PermanentFailure: refused");
        queue.schedule(parked, T0.plusSeconds(10));
        assertThat(entry(parked).state()).isEqualTo(QueueState.PARKED);
    }

    @Test
    void aFailedAttemptIsDueNoLaterThanTheMoment() {
        queue.enqueue(ACCOUNT, T0);
        ClaimedWork work = claimOne("w1", T0);
        queue.schedule(ACCOUNT, T0.plusSeconds(10));

        queue.retryLater(work, T0.plusSeconds(60), "TransientFailure: 503");

        assertThat(entry(ACCOUNT).dueAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(entry(ACCOUNT).attempts()).isEqualTo(1);
    }

    @Test
    void theMomentOutlivesALeaseThatRanOut() {
        queue.enqueue(ACCOUNT, T0);
        claimOne("crashed", T0);
        queue.schedule(ACCOUNT, T0.plusSeconds(100));

        ClaimedWork again = claimOne("w2", T0.plusSeconds(31));
        assertThat(queue.complete(again, T0.plusSeconds(32))).isTrue();

        assertThat(entry(ACCOUNT).dueAt()).isEqualTo(T0.plusSeconds(100));
        assertThat(queue.retryParked(Optional.of(ACCOUNT), T0.plusSeconds(40))).isZero();
    }
}
