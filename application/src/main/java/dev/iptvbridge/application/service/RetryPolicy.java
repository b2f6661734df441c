package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * How the workers treat failures: exponential backoff with jitter between attempts, parking after
 * {@code maxAttempts}, and the lease a worker holds an entry under.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration lease) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofMinutes(2));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        requireNonNull(baseDelay, "baseDelay is null");
        requireNonNull(maxDelay, "maxDelay is null");
        requireNonNull(lease, "lease is null");
    }

    /**
     * The delay before attempt {@code failedAttempts + 1}: {@code base * 2^(failedAttempts - 1)}, capped,
     * of which a random half is kept ("equal jitter"), and never less than what the remote side asked for,
     * though no more than {@code maxDelay} whatever it asked for: a Retry-After of a day must not stall an account.
     *
     * @param jitter a number in [0, 1)
     */
    public Duration backoff(int failedAttempts, double jitter, Optional<Duration> requested) {
        long exponent = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long cappedMillis = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << exponent);
        Duration delay = Duration.ofMillis(cappedMillis / 2 + (long) (jitter * (cappedMillis / 2.0)));
        return requested.filter(asked -> asked.compareTo(delay) > 0)
                .map(asked -> asked.compareTo(maxDelay) > 0 ? maxDelay : asked).orElse(delay);
    }
}
