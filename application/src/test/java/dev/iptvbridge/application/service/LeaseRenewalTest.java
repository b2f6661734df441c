package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.HeldReconcile;
import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Leases while an entry is worked on: renewed, checked before each write, and left alone once lost. */
class LeaseRenewalTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofMinutes(1), LEASE);
    private static final WorkKey KEY = WorkKey.account(ACCOUNT);

    private final TestBridge bridge = new TestBridge().withGoodCustomer();
    // The heartbeat's own beats come every 10 s of real time; these tests move the clock by hand and
    // finish long before, so what they show is the check before each write.
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ProcessWorkService worker = new ProcessWorkService(bridge.queue, bridge.reconciler, bridge.fanOut,
            POLICY, bridge.clock, () -> 0.5, new LeaseHeartbeat(bridge.queue, bridge.clock, LEASE, scheduler));

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    private void aTwoStepChange() {
        bridge.billing.put(openAccount(TV_PREMIUM));
        bridge.platform.put(minerva(IptvStatus.DISABLED, BASIC, false));
        bridge.queue.enqueue(KEY, START);
    }

    @Test
    void aWorkerThatLostItsLeaseAppliesNoFurtherStepAndLeavesTheEntryToItsNewOwner() {
        aTwoStepChange();
        List<ClaimedWork> taken = new ArrayList<>();
        bridge.platform.during(1, () -> {
            bridge.clock.advance(LEASE.plusSeconds(1));
            taken.addAll(bridge.queue.claim("w2", 1, bridge.clock.instant(), LEASE));
        });

        assertThat(worker.processDue("w1", 1)).isEqualTo(1);

        assertThat(taken).hasSize(1);
        assertThat(bridge.platform.changes()).hasSize(1);
        QueueEntry entry = bridge.queue.find(KEY).orElseThrow();
        assertThat(entry.state()).isEqualTo(QueueState.CLAIMED);
        assertThat(entry.owner()).contains("w2");
        assertThat(entry.attempts()).isZero();
        assertThat(entry.lastError()).isEmpty();
        assertThat(bridge.applied.find(ACCOUNT)).as("no outcome recorded by the old owner").isEmpty();
    }

    @Test
    void aReconcileLongerThanTheLeaseKeepsItByRenewingIt() {
        aTwoStepChange();
        List<ClaimedWork> taken = new ArrayList<>();
        bridge.platform.during(1, () -> bridge.clock.advance(Duration.ofSeconds(20)));
        bridge.platform.during(2, () -> {
            bridge.clock.advance(Duration.ofSeconds(20));
            taken.addAll(bridge.queue.claim("w2", 1, bridge.clock.instant(), LEASE));
        });

        worker.processDue("w1", 1);

        assertThat(taken).as("claimed by another worker after the first lease ran out").isEmpty();
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, PREMIUM, true));
        assertThat(bridge.queue.find(KEY)).isEmpty();
    }

    @Test
    void aWorkerSurvivesAnErrorFromOneAccountWhichIsRetriedAndInTheEndParked() {
        aTwoStepChange();
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            bridge.platform.during(1, () -> {
                throw new StackOverflowError("deep in a JSON mapper");
            });
            assertThat(worker.processDue("w1", 1)).isEqualTo(1);
            bridge.clock.advance(POLICY.maxDelay());
        }

        QueueEntry entry = bridge.queue.find(KEY).orElseThrow();
        assertThat(entry.state()).isEqualTo(QueueState.PARKED);
        assertThat(entry.lastError()).contains("StackOverflowError: deep in a JSON mapper");
    }

    @Test
    void entriesClaimedButNotStartedWhileStoppingAreReleasedAsTheyWere() {
        bridge.queue.enqueue(WorkKey.account(1), START);
        bridge.queue.enqueue(WorkKey.account(2), START);

        assertThat(worker.processDue("w1", 2, () -> false)).isEqualTo(2);

        assertThat(bridge.queue.stats().queued()).isEqualTo(2);
        assertThat(bridge.queue.claim("restarted", 2, START, LEASE)).hasSize(2);
        assertThat(bridge.platform.changes()).isEmpty();
    }

    @Test
    void reconcileHeldSaysWhoHoldsTheAccountAndTouchesNothing() {
        aTwoStepChange();
        ClaimedWork held = bridge.queue.claim("daemon-1/0", 1, START, LEASE).get(0);

        HeldReconcile answer = worker.reconcileHeld(ACCOUNT, "operator");

        assertThat(answer).isEqualTo(new HeldReconcile.HeldElsewhere("daemon-1/0", held.leaseUntil()));
        assertThat(bridge.platform.changes()).isEmpty();
    }

    @Test
    void reconcileHeldCompletesTheEntryWhenItSucceedsAndReleasesItWhenItFails() {
        aTwoStepChange();
        bridge.queue.enqueue(KEY, START.plusSeconds(600));
        bridge.platform.failCall(1, new TransientFailure("Minerva answered 503", null));

        HeldReconcile failed = worker.reconcileHeld(ACCOUNT, "operator");

        assertThat(((HeldReconcile.Reconciled) failed).result().failure()).isPresent();
        QueueEntry released = bridge.queue.find(KEY).orElseThrow();
        assertThat(released.state()).isEqualTo(QueueState.QUEUED);
        assertThat(released.owner()).isEmpty();

        HeldReconcile done = worker.reconcileHeld(ACCOUNT, "operator");

        assertThat(((HeldReconcile.Reconciled) done).result().failure()).isEmpty();
        assertThat(bridge.queue.find(KEY)).isEmpty();
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, PREMIUM, true));
    }
}
