package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** Status reports not yet accepted by PortaBilling, and since when the oldest waits. */
public record StatusOutboxStats(long pending, Optional<Instant> oldestQueuedAt) {

    public StatusOutboxStats {
        requireNonNull(oldestQueuedAt, "oldestQueuedAt is null");
    }
}
