package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How purchases are charged.
 *
 * @param service         PortaBilling's {@code i_service} the charges are booked under ({@code purchases.service})
 * @param defaultCurrency the currency of an account whose {@code iso_4217} PortaBilling leaves out
 * @param pageSize        events asked for per feed page (1 to 1,000)
 * @param lease           how long the feed's holder keeps it without renewing; renewed before every
 *                        send, so it must be longer than one PortaBilling call can last
 * @param baseDelay       the wait after a first failed send, doubled after each further one
 * @param maxDelay        the longest wait between sends
 */
public record PurchaseSettings(int service, String defaultCurrency, int pageSize, Duration lease, Duration baseDelay,
                               Duration maxDelay) {

    /** Pages read per round at most, so that charging is not starved by a long backlog. */
    static final int MAX_PAGES = 5;
    /** Entries worked through per round at most, so that newly read purchases follow soon. */
    static final int BATCH = 200;

    public PurchaseSettings {
        requireNonNull(defaultCurrency, "defaultCurrency is null");
        requireNonNull(lease, "lease is null");
        requireNonNull(baseDelay, "baseDelay is null");
        requireNonNull(maxDelay, "maxDelay is null");
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize must be 1 to 1000, was " + pageSize);
        }
    }

    /** The wait before the send after {@code failedAttempts} failures. */
    Duration backoff(int failedAttempts) {
        long exponent = Math.min(Math.max(failedAttempts - 1, 0), 20);
        return Duration.ofMillis(Math.min(maxDelay.toMillis(), baseDelay.toMillis() << exponent));
    }
}
