package dev.iptvbridge.portabilling;

import java.time.Duration;

/**
 * How the adapter absorbs PortaBilling's flakiness and rides out its outages (docs/portabilling.md,
 * "Retries and the circuit breaker").
 *
 * @param retryAttempts      tries per read, the first included (1 = no retry); a read is retried at once
 *                           only after a transient failure of the system (connection, timeout, 5xx, a
 *                           {@code Server.*} fault); a status report is never retried here
 * @param retryWait          the first wait between tries; each further wait doubles, with jitter
 * @param failureRatePercent the share of failed calls in the window that opens the breaker (1 to 100)
 * @param window             how many of the latest calls the breaker judges; it decides once five
 *                           calls (or {@code window}, if fewer) were made
 * @param openFor            how long the breaker stays open before probe calls are let through
 */
public record PortaBillingResilience(int retryAttempts, Duration retryWait, int failureRatePercent, int window,
                                     Duration openFor) {

    /** Three tries 200 ms apart and more; open after half of 20 calls failed; probe after 10 s. */
    public static final PortaBillingResilience DEFAULT =
            new PortaBillingResilience(3, Duration.ofMillis(200), 50, 20, Duration.ofSeconds(10));

    public PortaBillingResilience {
        if (retryAttempts < 1 || retryAttempts > 10) {
            throw new IllegalArgumentException("portabilling.retry.attempts must be from 1 to 10, not " + retryAttempts);
        }
        if (failureRatePercent < 1 || failureRatePercent > 100) {
            throw new IllegalArgumentException("portabilling.breaker.failureRate must be a percentage from 1 to 100,"
                    + " not " + failureRatePercent);
        }
        if (window < 1) {
            throw new IllegalArgumentException("portabilling.breaker.window must be at least 1 call, not " + window);
        }
        positive("portabilling.retry.wait", retryWait);
        positive("portabilling.breaker.openFor", openFor);
    }

    private static void positive(String key, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(key + " must be a positive duration, not " + value);
        }
    }
}
