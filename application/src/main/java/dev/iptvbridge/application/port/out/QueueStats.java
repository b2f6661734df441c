package dev.iptvbridge.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** Queue depth for metrics and health: entries by state and the oldest waiting one. */
public record QueueStats(long queued, long claimed, long parked, Optional<Instant> oldestQueuedAt) {
}
