package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ManageParkedServiceTest {

    private final TestBridge bridge = new TestBridge();
    private final ManageParkedService service = new ManageParkedService(bridge.queue, bridge.clock);

    @Test
    void listsParkedEntriesWithTheirLastError() {
        park(1, "PermanentFailure: bad credentials");
        park(2, "TransientFailure: timed out");
        bridge.queue.enqueue(WorkKey.account(3), START);

        assertThat(service.parked(10)).extracting(QueueEntry::key, QueueEntry::lastError).containsExactly(
                org.assertj.core.groups.Tuple.tuple(WorkKey.account(1), java.util.Optional.of("PermanentFailure: bad credentials")),
                org.assertj.core.groups.Tuple.tuple(WorkKey.account(2), java.util.Optional.of("TransientFailure: timed out")));
        assertThat(service.parked(1)).hasSize(1);
    }

    @Test
    void retriesOneParkedAccountDueNowWithItsAttemptsReset() {
        park(1, "x");
        park(2, "y");
        bridge.clock.advance(Duration.ofHours(2));

        assertThat(service.retryParked(OptionalLong.of(1))).isEqualTo(1);

        QueueEntry retried = bridge.queue.find(WorkKey.account(1)).orElseThrow();
        assertThat(retried.state()).isEqualTo(QueueState.QUEUED);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.dueAt()).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThat(bridge.queue.find(WorkKey.account(2)).orElseThrow().state()).isEqualTo(QueueState.PARKED);
    }

    @Test
    void retriesEveryParkedEntryWhenNoAccountIsGiven() {
        park(1, "x");
        park(2, "y");

        assertThat(service.retryParked(OptionalLong.empty())).isEqualTo(2);
        assertThat(service.parked(10)).isEmpty();
    }

    private void park(long account, String error) {
        bridge.queue.enqueue(WorkKey.account(account), START);
        ClaimedWork work = bridge.queue.claim("w", 1, START, Duration.ofMinutes(1)).get(0);
        bridge.queue.park(work, error);
    }
}
