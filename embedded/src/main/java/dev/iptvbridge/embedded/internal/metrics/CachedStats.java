package dev.iptvbridge.embedded.internal.metrics;

import dev.iptvbridge.application.port.out.IntegrationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Figures read from the database at most once a second, however often they are scraped; the last ones while it is away. */
final class CachedStats<T> implements Supplier<T> {

    private final Clock clock;
    private final Supplier<T> read;
    private volatile T last;
    private volatile Instant readAt = Instant.EPOCH;

    CachedStats(Clock clock, Supplier<T> read, T initial) {
        this.clock = clock;
        this.read = read;
        this.last = initial;
    }

    @Override
    public T get() {
        Instant now = clock.instant();
        if (Duration.between(readAt, now).toMillis() >= 1000) {
            try {
                last = read.get();
                readAt = now;
            } catch (IntegrationException unavailable) {
                // keep the last figures; /health/ready reports the database
            }
        }
        return last;
    }
}
