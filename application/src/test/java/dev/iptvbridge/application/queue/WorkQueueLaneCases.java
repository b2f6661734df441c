package dev.iptvbridge.application.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueLane;
import dev.iptvbridge.application.port.out.QueueLaneCounts;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.WorkKey;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract's cases on lanes: live entries first, what moves an entry between lanes, what keeps it. */
public abstract class WorkQueueLaneCases extends WorkQueueLeaseCases {

    private static final String RUN = "comparison 2026-11-25T09:00Z";

    @Test
    void aLiveEntryIsClaimedBeforeSweepEntriesQueuedEarlier() {
        queue.enqueueSweep(WorkKey.account(1), T0, RUN);
        queue.enqueueSweep(WorkKey.account(2), T0.plusSeconds(1), RUN);
        queue.enqueue(WorkKey.account(3), T0.plusSeconds(5));
        enqueueEvent(1, 4, T0.plusSeconds(6));

        assertThat(queue.claim("w1", 1, T0.plusSeconds(10), LEASE)).extracting(ClaimedWork::key)
                .containsExactly(WorkKey.account(3));
        assertThat(queue.claim("w1", 3, T0.plusSeconds(10), LEASE)).extracting(ClaimedWork::key)
                .containsExactly(WorkKey.account(4), WorkKey.account(1), WorkKey.account(2));
    }

    @Test
    void aSweepEntryIsClaimedWhileTheLiveEntryIsNotDueYet() {
        queue.enqueueSweep(WorkKey.account(1), T0, RUN);
        queue.enqueue(WorkKey.account(2), T0.plusSeconds(60));

        assertThat(queue.claim("w1", 2, T0.plusSeconds(1), LEASE)).extracting(ClaimedWork::key)
                .containsExactly(WorkKey.account(1));
    }

    @Test
    void aSweepEntryRecordsItsRunAndKeepsTheFirstRunThatQueuedIt() {
        queue.enqueueSweep(ACCOUNT, T0.plusSeconds(5), RUN);
        queue.enqueueSweep(ACCOUNT, T0, "reconcile --all");

        QueueEntry entry = entry(ACCOUNT);
        assertThat(entry.lane()).isEqualTo(QueueLane.SWEEP);
        assertThat(entry.run()).contains(RUN);
        assertThat(entry.dueAt()).isEqualTo(T0);
    }

    @Test
    void aLiveRequestMovesASweepEntryToTheLiveLaneDueNoLaterThanAsked() {
        queue.enqueueSweep(ACCOUNT, T0.plusSeconds(60), RUN);
        queue.enqueueSweep(WorkKey.account(8), T0, RUN);

        queue.enqueue(ACCOUNT, T0.plusSeconds(10));
        enqueueEvent(1, 8, T0.plusSeconds(20));

        assertThat(entry(ACCOUNT).lane()).isEqualTo(QueueLane.LIVE);
        assertThat(entry(ACCOUNT).run()).isEmpty();
        assertThat(entry(ACCOUNT).dueAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(entry(WorkKey.account(8)).lane()).isEqualTo(QueueLane.LIVE);
        assertThat(entry(WorkKey.account(8)).dueAt()).isEqualTo(T0);
    }

    @Test
    void aSweepRequestLeavesALiveEntryLive() {
        enqueueEvent(1, 7, T0.plusSeconds(10));

        queue.enqueueSweep(ACCOUNT, T0, RUN);

        QueueEntry entry = entry(ACCOUNT);
        assertThat(entry.lane()).isEqualTo(QueueLane.LIVE);
        assertThat(entry.run()).isEmpty();
        assertThat(entry.dueAt()).isEqualTo(T0);
        assertThat(entry.eventIds()).containsExactly(1L);
    }

    @Test
    void anEventForASweepEntryBeingWorkedOnQueuesItLiveWhenItCompletes() {
        queue.enqueueSweep(ACCOUNT, T0, RUN);
        ClaimedWork work = claimOne("w1", T0);
        queue.enqueueSweep(WorkKey.account(8), T0, RUN);
        enqueueEvent(1, 7, T0.plusSeconds(1));

        assertThat(queue.complete(work, T0.plusSeconds(2))).isFalse();

        assertThat(entry(ACCOUNT).lane()).isEqualTo(QueueLane.LIVE);
        assertThat(claimOne("w1", T0.plusSeconds(2)).key()).isEqualTo(ACCOUNT);
    }

    @Test
    void releaseRetryLaterAndParkKeepTheLaneAndAnOperatorsRetryIsLive() {
        queue.enqueueSweep(ACCOUNT, T0, RUN);
        queue.release(claimOne("w1", T0));
        assertThat(entry(ACCOUNT).lane()).isEqualTo(QueueLane.SWEEP);

        queue.retryLater(claimOne("w1", T0), T0.plusSeconds(10), "TransientFailure: 503");
        assertThat(entry(ACCOUNT).lane()).isEqualTo(QueueLane.SWEEP);
        assertThat(entry(ACCOUNT).run()).contains(RUN);

        queue.park(claimOne("w1", T0.plusSeconds(10)), "PermanentFailure: refused");
        assertThat(entry(ACCOUNT).state()).isEqualTo(QueueState.PARKED);
        assertThat(entry(ACCOUNT).lane()).isEqualTo(QueueLane.SWEEP);

        assertThat(queue.retryParked(Optional.of(ACCOUNT), T0.plusSeconds(20))).isEqualTo(1);
        assertThat(entry(ACCOUNT).lane()).isEqualTo(QueueLane.LIVE);
        assertThat(entry(ACCOUNT).run()).isEmpty();
    }

    @Test
    void aSweepRequestForAParkedEntryGivesItAFreshTryInTheSweepLane() {
        queue.enqueue(ACCOUNT, T0);
        queue.park(claimOne("w1", T0), "PermanentFailure: refused");

        queue.enqueueSweep(ACCOUNT, T0.plusSeconds(5), RUN);

        QueueEntry entry = entry(ACCOUNT);
        assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
        assertThat(entry.lane()).isEqualTo(QueueLane.SWEEP);
        assertThat(entry.run()).contains(RUN);
        assertThat(entry.attempts()).isZero();
    }

    @Test
    void statsCountTheSweepLaneApart() {
        queue.enqueueSweep(WorkKey.account(1), T0, RUN);
        queue.enqueueSweep(WorkKey.account(2), T0, RUN);
        queue.enqueueSweep(WorkKey.account(3), T0, RUN);
        queue.enqueue(WorkKey.account(4), T0.plusSeconds(100));
        queue.park(claimOne("w1", T0), "PermanentFailure: refused");
        claimOne("w1", T0);

        assertThat(queue.stats().queued()).isEqualTo(2);
        assertThat(queue.stats().lane(QueueLane.SWEEP)).isEqualTo(new QueueLaneCounts(1, 1, 1));
        assertThat(queue.stats().lane(QueueLane.LIVE)).isEqualTo(new QueueLaneCounts(1, 0, 0));
    }
}
