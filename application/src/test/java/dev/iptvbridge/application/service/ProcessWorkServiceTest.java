package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.InboundEvent;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProcessWorkServiceTest {

    private static final RetryPolicy POLICY =
            new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofMinutes(2));

    private final TestBridge bridge = new TestBridge().withGoodCustomer();
    private final ProcessWorkService worker = bridge.worker(POLICY, 0.5);

    @Test
    void aReconciledAccountIsCompletedAndLeavesTheQueue() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.queue.enqueue(WorkKey.account(ACCOUNT), START);

        assertThat(worker.processDue("w1", 10)).isEqualTo(1);

        assertThat(bridge.queue.find(WorkKey.account(ACCOUNT))).isEmpty();
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
        assertThat(worker.processDue("w1", 10)).as("nothing left to claim").isZero();
    }

    @Test
    void theEventsThatQueuedAnAccountReachItsAuditTrail() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.inbox.store(event(11, WorkKey.account(ACCOUNT)));
        bridge.inbox.store(event(12, WorkKey.account(ACCOUNT)));

        worker.processDue("w1", 10);

        assertThat(bridge.audit.entries()).isNotEmpty().allSatisfy(entry -> assertThat(entry.eventIds()).containsExactly(11L, 12L));
    }

    @Test
    void aTransientFailureComesBackAfterABackoffWithinThePolicyBounds() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.queue.enqueue(WorkKey.account(ACCOUNT), START);
        bridge.platform.failCall(1, new TransientFailure("Minerva answered 503", null));

        worker.processDue("w1", 10);

        QueueEntry entry = bridge.queue.find(WorkKey.account(ACCOUNT)).orElseThrow();
        assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.lastError()).contains("TransientFailure: Minerva answered 503");
        // First retry: base 2 s, equal jitter keeps between 1 s and 2 s; the jitter of 0.5 gives 1.5 s.
        assertThat(entry.dueAt()).isEqualTo(START.plusMillis(1500));
        assertThat(worker.processDue("w1", 10)).as("not due yet").isZero();

        bridge.clock.advance(Duration.ofMillis(1500));
        assertThat(worker.processDue("w1", 10)).isEqualTo(1);
        assertThat(bridge.queue.find(WorkKey.account(ACCOUNT))).isEmpty();
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
    }

    @Test
    void theBackoffWithRealJitterStaysInsideEqualJitterBounds() {
        ProcessWorkService randomWorker = new ProcessWorkService(bridge.queue, bridge.reconciler, bridge.fanOut, POLICY,
                bridge.clock);
        bridge.billing.put(openAccount(TV_BASIC));
        for (int i = 0; i < 50; i++) {
            bridge.queue.enqueue(WorkKey.account(ACCOUNT), bridge.clock.instant());
            bridge.billing.failNextCall(new TransientFailure("PortaBilling timed out", null));
            randomWorker.processDue("w1", 1);
            Instant due = bridge.queue.find(WorkKey.account(ACCOUNT)).orElseThrow().dueAt();
            assertThat(due).isAfterOrEqualTo(bridge.clock.instant().plusSeconds(1)).isBefore(bridge.clock.instant().plusSeconds(2));
            bridge.clock.advance(Duration.ofSeconds(2));
            assertThat(randomWorker.processDue("w1", 1)).isEqualTo(1);
        }
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsHonoured() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.queue.enqueue(WorkKey.account(ACCOUNT), START);
        bridge.platform.failCall(1, new TransientFailure("Minerva answered 429", Optional.of(Duration.ofSeconds(30)), null));

        worker.processDue("w1", 10);

        assertThat(bridge.queue.find(WorkKey.account(ACCOUNT)).orElseThrow().dueAt()).isEqualTo(START.plusSeconds(30));
    }

    @Test
    void aPermanentFailureParksAtOnce() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.queue.enqueue(WorkKey.account(ACCOUNT), START);
        bridge.platform.failCall(1, new PermanentFailure("Minerva refused the credentials"));

        worker.processDue("w1", 10);

        QueueEntry entry = bridge.queue.find(WorkKey.account(ACCOUNT)).orElseThrow();
        assertThat(entry.state()).isEqualTo(QueueState.PARKED);
        assertThat(entry.lastError()).contains("PermanentFailure: Minerva refused the credentials");
        bridge.clock.advance(Duration.ofHours(1));
        assertThat(worker.processDue("w1", 10)).isZero();
    }

    @Test
    void theLastAllowedAttemptParksTheEntry() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.queue.enqueue(WorkKey.account(ACCOUNT), START);
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            bridge.billing.failNextCall(new TransientFailure("PortaBilling answered 500", null));
            assertThat(worker.processDue("w1", 10)).as("attempt %d", attempt).isEqualTo(1);
            QueueEntry entry = bridge.queue.find(WorkKey.account(ACCOUNT)).orElseThrow();
            // Parking keeps the attempts as they were (the queue's contract): they count the retries made.
            assertThat(entry.attempts()).isEqualTo(Math.min(attempt, POLICY.maxAttempts() - 1));
            assertThat(entry.state()).isEqualTo(attempt < POLICY.maxAttempts() ? QueueState.QUEUED : QueueState.PARKED);
            bridge.clock.advance(POLICY.maxDelay());
        }
        assertThat(worker.processDue("w1", 10)).isZero();
        assertThat(bridge.platform.changes()).isEmpty();
    }

    @Test
    void anUnexpectedRuntimeExceptionIsRetriedNotLost() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.queue.enqueue(WorkKey.account(ACCOUNT), START);
        bridge.billing.failNextCall(new IllegalStateException("unexpected JSON from PortaBilling"));

        worker.processDue("w1", 10);

        QueueEntry entry = bridge.queue.find(WorkKey.account(ACCOUNT)).orElseThrow();
        assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.lastError()).contains("IllegalStateException: unexpected JSON from PortaBilling");
        bridge.clock.advance(POLICY.maxDelay());
        worker.processDue("w1", 10);
        assertThat(bridge.platform.get(ACCOUNT)).isPresent();
    }

    @Test
    void aCustomerEntryFansOutToEveryAccountOfThatCustomerAcrossPages() {
        int count = CustomerFanOut.PAGE_SIZE * 2 + 203;
        for (int i = 0; i < count; i++) {
            bridge.billing.put(account(2_000_000L + i, TV_BASIC, false, BillStatus.OPEN));
        }
        bridge.billing.put(new Account(3_000_000L, "other-env", CUSTOMER, ENV + 1, TV_BASIC, List.of(), false, BillStatus.OPEN));
        bridge.billing.put(new Account(3_000_001L, "other-customer", CUSTOMER + 1, ENV, TV_BASIC, List.of(), false, BillStatus.OPEN));
        bridge.queue.enqueue(WorkKey.customer(CUSTOMER), START);

        assertThat(worker.processDue("w1", 1)).isEqualTo(1);

        assertThat(bridge.queue.find(WorkKey.customer(CUSTOMER))).isEmpty();
        List<QueueEntry> queued = bridge.queue.all();
        assertThat(queued).hasSize(count).allSatisfy(entry -> {
            assertThat(entry.key().kind()).isEqualTo(dev.iptvbridge.application.port.out.WorkKind.ACCOUNT);
            assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
            assertThat(entry.dueAt()).isEqualTo(START);
        });
        assertThat(queued).extracting(entry -> entry.key().id()).doesNotContain(3_000_000L, 3_000_001L);
        assertThat(bridge.billing.calls()).filteredOn(call -> call.startsWith("listAccounts")).hasSize(3);
        assertThat(bridge.platform.changes()).as("the fan-out only queues").isEmpty();
    }

    @Test
    void aCustomerFanOutThatCannotListIsRetried() {
        bridge.queue.enqueue(WorkKey.customer(CUSTOMER), START);
        bridge.billing.failNextCall(new TransientFailure("PortaBilling answered 503", null));

        worker.processDue("w1", 1);

        QueueEntry entry = bridge.queue.find(WorkKey.customer(CUSTOMER)).orElseThrow();
        assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
        assertThat(entry.attempts()).isEqualTo(1);
    }

    @Test
    void anAccountAskedForAgainWhileBeingReconciledIsReconciledAgain() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.queue.enqueue(WorkKey.account(ACCOUNT), START);
        ReconcileAccountUseCase changingMeanwhile = command -> {
            bridge.inbox.store(event(99, WorkKey.account(ACCOUNT)));
            return bridge.reconciler.reconcile(command);
        };
        ProcessWorkService racing = new ProcessWorkService(bridge.queue, changingMeanwhile, bridge.fanOut, POLICY,
                bridge.clock, () -> 0.5);

        racing.processDue("w1", 10);

        QueueEntry entry = bridge.queue.find(WorkKey.account(ACCOUNT)).orElseThrow();
        assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
        assertThat(entry.dueAt()).isEqualTo(START);
        assertThat(entry.eventIds()).containsExactly(99L);
    }

    @Test
    void anAccountOfAnotherEnvironmentIsCompletedWithoutTouchingMinerva() {
        bridge.billing.put(new Account(ACCOUNT, LOGIN, CUSTOMER, ENV + 1, TV_BASIC, List.of(), false, BillStatus.OPEN));
        bridge.queue.enqueue(WorkKey.account(ACCOUNT), START);

        worker.processDue("w1", 10);

        assertThat(bridge.queue.find(WorkKey.account(ACCOUNT))).isEmpty();
        assertThat(bridge.platform.changes()).isEmpty();
        assertThat(bridge.audit.entries()).extracting(AuditEntry::action).isEmpty();
    }

    private static InboundEvent event(long id, WorkKey subject) {
        return new InboundEvent(id, "Subscriber/Updated", OptionalInt.of(ENV), subject, Optional.empty(), START);
    }
}
