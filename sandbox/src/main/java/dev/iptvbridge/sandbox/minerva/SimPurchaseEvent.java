package dev.iptvbridge.sandbox.minerva;

import java.time.Instant;

/**
 * One event of the simulator's purchase feed, as {@code GET /purchases/events} serves it.
 *
 * @param type {@code PURCHASE} or {@code REFUND}; a refund repeats its purchase's fields
 */
public record SimPurchaseEvent(long seq, String type, String purchaseId, String externalId, String kind, String title,
                               String price, String currency, Instant at) {
}
