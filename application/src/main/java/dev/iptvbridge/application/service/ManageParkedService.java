package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.ManageParkedUseCase;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Lists and retries parked queue entries for operators. */
public final class ManageParkedService implements ManageParkedUseCase {

    private final WorkQueuePort queue;
    private final Clock clock;

    @Inject
    public ManageParkedService(WorkQueuePort queue, Clock clock) {
        this.queue = requireNonNull(queue, "queue is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public List<QueueEntry> parked(int limit) {
        return queue.parked(limit);
    }

    @Override
    public int retryParked(OptionalLong accountId) {
        Optional<WorkKey> key = accountId.isPresent() ? Optional.of(WorkKey.account(accountId.getAsLong())) : Optional.empty();
        return queue.retryParked(key, clock.instant());
    }
}
