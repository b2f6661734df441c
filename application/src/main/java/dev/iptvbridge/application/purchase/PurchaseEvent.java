package dev.iptvbridge.application.purchase;

import static java.util.Objects.requireNonNull;

/**
 * One event of Minerva's purchase feed.
 *
 * @param seq      the feed's sequence number: grows by one per event, never reused
 * @param purchase the purchase; a refund names the purchase it refunds, with the same price
 */
public record PurchaseEvent(long seq, PurchaseEventType type, Purchase purchase) {

    public PurchaseEvent {
        requireNonNull(type, "type is null");
        requireNonNull(purchase, "purchase is null");
    }
}
