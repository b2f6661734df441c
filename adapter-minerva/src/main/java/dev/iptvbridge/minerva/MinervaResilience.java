package dev.iptvbridge.minerva;

import java.time.Duration;

/**
 * How the adapter absorbs Minerva's flakiness and rides out its outages (docs/minerva.md, "Retries
 * and the circuit breaker").
 *
 * @param retryAttempts      tries per call, the first included (1 = no retry); a call is retried at once
 *                           only after a transient failure of the system (connection, timeout, 5xx)
 * @param retryWait          the first wait between tries; each further wait doubles, with jitter
 * @param failureRatePercent the share of failed calls in the window that opens the breaker (1 to 100)
 * @param window             how many of the latest calls the breaker judges; it decides once five
 *                           calls (or {@code window}, if fewer) were made
 * @param openFor            how long the breaker stays open before probe calls are let through
 */
public record MinervaResilience(int retryAttempts, Duration retryWait, int failureRatePercent, int window,
                                Duration openFor) {

    /** Three tries 200 ms apart and more; open after half of 20 calls failed; probe after 10 s. */
    public static final MinervaResilience DEFAULT =
            new MinervaResilience(3, Duration.ofMillis(200), 50, 20, Duration.ofSeconds(10));

    public MinervaResilience {
        if (retryAttempts < 1 || retryAttempts > 10) {
            throw new IllegalArgumentException("minerva.retry.attempts must be from 1 to 10, not " + retryAttempts);
        }
        if (failureRatePercent < 1 || failureRatePercent > 100) {
            throw new IllegalArgumentException("minerva.breaker.failureRate must be a percentage from 1 to 100, not "
                    + failureRatePercent);
        }
        if (window < 1) {
            throw new IllegalArgumentException("minerva.breaker.window must be at least 1 call, not " + window);
        }
        positive("minerva.retry.wait", retryWait);
        positive("minerva.breaker.openFor", openFor);
    }

    private static void positive(String key, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(key + " must be a positive duration, not " + value);
        }
    }
}
