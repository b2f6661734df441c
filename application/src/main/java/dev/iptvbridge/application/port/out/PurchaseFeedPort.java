package dev.iptvbridge.application.port.out;

/**
 * Minerva's feed of purchases and refunds ({@code GET /purchases/events}), read at least once: a
 * reader keeps its own cursor and sees an event again after a crash or when a page is repeated.
 * Failures are {@link IntegrationException}s.
 */
public interface PurchaseFeedPort {

    /** The largest page Minerva serves. */
    int MAX_PAGE = 1000;

    /** Up to {@code size} (1 to {@value #MAX_PAGE}) events with a {@code seq} above {@code after} (0: from the start). */
    PurchaseFeedPage read(long after, int size);
}
