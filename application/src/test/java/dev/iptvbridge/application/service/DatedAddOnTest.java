package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueLane;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A dated add-on starts and ends in Minerva at its dates, with no event: the reconcile before schedules them. */
class DatedAddOnTest {

    private static final RetryPolicy POLICY =
            new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofMinutes(2));
    private static final Instant STARTS = START.plus(Duration.ofHours(1));
    private static final Instant ENDS = START.plus(Duration.ofHours(2));
    private static final WorkKey KEY = WorkKey.account(ACCOUNT);

    private final TestBridge bridge = new TestBridge().withGoodCustomer();
    private final ProcessWorkService worker = bridge.worker(POLICY, 0.5);

    @Test
    void theAddOnIsAddedAtItsStartAndRemovedAtItsEndWithNoEvent() {
        bridge.billing.put(openAccount(TV_BASIC, new AddOn(SPORTS_ADDON, STARTS, Optional.of(ENDS))));
        bridge.queue.enqueue(KEY, START);

        assertThat(worker.processDue("w1", 10)).isEqualTo(1);
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
        QueueEntry scheduled = bridge.queue.find(KEY).orElseThrow();
        assertThat(scheduled.state()).isEqualTo(QueueState.QUEUED);
        assertThat(scheduled.dueAt()).isEqualTo(STARTS);
        assertThat(scheduled.lane()).isEqualTo(QueueLane.LIVE);
        assertThat(scheduled.eventIds()).isEmpty();

        bridge.clock.set(STARTS.minusMillis(1));
        assertThat(worker.processDue("w1", 10)).as("not due before the add-on starts").isZero();

        bridge.clock.set(STARTS);
        assertThat(worker.processDue("w1", 10)).isEqualTo(1);
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC_SPORTS, false));
        assertThat(bridge.queue.find(KEY).orElseThrow().dueAt()).isEqualTo(ENDS);

        bridge.clock.set(ENDS);
        assertThat(worker.processDue("w1", 10)).isEqualTo(1);
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
        assertThat(bridge.queue.find(KEY)).as("nothing changes after the end").isEmpty();
    }

    @Test
    void anEventBeforeTheMomentIsNotDelayedAndItsReconcileKeepsTheMoment() {
        bridge.billing.put(openAccount(TV_BASIC, AddOn.from(SPORTS_ADDON, STARTS)));
        bridge.queue.enqueue(KEY, START);
        worker.processDue("w1", 10);

        bridge.clock.advance(Duration.ofMinutes(10));
        bridge.billing.put(openAccount(TV_PREMIUM, AddOn.from(SPORTS_ADDON, STARTS)));
        bridge.queue.enqueue(KEY, bridge.clock.instant());
        assertThat(bridge.queue.find(KEY).orElseThrow().dueAt()).isEqualTo(bridge.clock.instant());

        assertThat(worker.processDue("w1", 10)).isEqualTo(1);
        assertThat(bridge.platform.get(ACCOUNT).orElseThrow().packages()).isEqualTo(PREMIUM);
        assertThat(bridge.queue.find(KEY).orElseThrow().dueAt()).isEqualTo(STARTS);
    }

    @Test
    void aReconcileOfTheAccountByAnOperatorSchedulesTheMomentToo() {
        bridge.billing.put(openAccount(TV_BASIC, AddOn.from(SPORTS_ADDON, STARTS)));

        worker.reconcileHeld(ACCOUNT, "operator");

        assertThat(bridge.queue.find(KEY).orElseThrow().dueAt()).isEqualTo(STARTS);
    }

    @Test
    void anAddOnThatAlreadyStartedAndNeverEndsSchedulesNothing() {
        bridge.billing.put(openAccount(TV_BASIC, AddOn.from(SPORTS_ADDON, START.minusSeconds(1))));
        bridge.queue.enqueue(KEY, START);

        worker.processDue("w1", 10);

        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC_SPORTS, false));
        assertThat(bridge.queue.find(KEY)).isEmpty();
    }
}
