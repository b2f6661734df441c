package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a status report that failed is sent again: {@code base * 2^(failures - 1)}, capped, of
 * which a random half is kept, and never sooner than PortaBilling asked. The lease a sender holds
 * a report under must outlast one send (connect and read timeouts), or a newer report could
 * overtake an older one still on the wire.
 */
public record StatusReportSchedule(Duration base, Duration cap, Duration lease) {

    public static final StatusReportSchedule DEFAULT =
            new StatusReportSchedule(Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofMinutes(5));

    public StatusReportSchedule {
        requireNonNull(base, "base is null");
        requireNonNull(cap, "cap is null");
        requireNonNull(lease, "lease is null");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap, got base " + base + " and cap " + cap);
        }
    }

    /**
     * @param failures failed sends so far, this one included (1 or more)
     * @param jitter   a number in [0, 1)
     */
    public Instant nextAttempt(Instant now, int failures, double jitter, Optional<Duration> requested) {
        long exponent = Math.min(Math.max(failures - 1, 0), 30);
        long capped = Math.min(cap.toMillis(), base.toMillis() << exponent);
        Duration delay = Duration.ofMillis(capped / 2 + (long) (jitter * (capped / 2.0)));
        return now.plus(requested.filter(asked -> asked.compareTo(delay) > 0).orElse(delay));
    }
}
