package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.RemoteSystem;
import dev.iptvbridge.application.port.out.SystemUnavailable;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An outage of a remote system costs no attempts: nothing is claimed while it lasts, nothing parked. */
class RemoteOutageTest {

    private static final RetryPolicy POLICY =
            new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofMinutes(2));

    private final TestBridge bridge = new TestBridge().withGoodCustomer();
    private final Set<RemoteSystem> down = EnumSet.noneOf(RemoteSystem.class);
    private final ProcessWorkService worker = new ProcessWorkService(bridge.queue, bridge.reconciler, bridge.fanOut,
            POLICY, bridge.clock, () -> 0.5, () -> Set.copyOf(down));

    @Test
    void nothingIsClaimedWhileASystemIsDownAndTheQueueDrainsOnceItIsBack() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.queue.enqueue(WorkKey.account(ACCOUNT), START);
        down.add(RemoteSystem.MINERVA);

        for (int i = 0; i < 10; i++) {
            assertThat(worker.processDue("w1", 10)).isZero();
            bridge.clock.advance(Duration.ofMinutes(1));
        }
        assertThat(bridge.platform.finds()).as("Minerva was not called").isZero();
        assertThat(entry()).extracting(QueueEntry::state, QueueEntry::attempts).containsExactly(QueueState.QUEUED, 0);

        down.clear();
        assertThat(worker.processDue("w1", 10)).isEqualTo(1);
        assertThat(bridge.queue.find(WorkKey.account(ACCOUNT))).isEmpty();
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
    }

    @Test
    void aReconcileThatFindsASystemDownIsHandedBackWithItsAttemptsUntouched() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.queue.enqueue(WorkKey.account(ACCOUNT), START);
        for (int i = 0; i < 5; i++) {
            bridge.platform.failCall(1, new SystemUnavailable(RemoteSystem.MINERVA, "Minerva is down"));
            assertThat(worker.processDue("w1", 10)).isEqualTo(1);
            assertThat(entry()).as("more unavailable answers than the policy has attempts, yet not parked")
                    .extracting(QueueEntry::state, QueueEntry::attempts).containsExactly(QueueState.QUEUED, 0);
            assertThat(entry().dueAt()).as("due at once, not backed off").isBeforeOrEqualTo(bridge.clock.instant());
        }

        assertThat(worker.processDue("w1", 10)).isEqualTo(1);
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
    }

    private QueueEntry entry() {
        return bridge.queue.find(WorkKey.account(ACCOUNT)).orElseThrow();
    }
}
