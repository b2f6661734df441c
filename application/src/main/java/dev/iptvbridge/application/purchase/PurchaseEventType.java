package dev.iptvbridge.application.purchase;

/** What one event of Minerva's purchase feed says: a purchase was made, or a purchase was refunded. */
public enum PurchaseEventType {
    PURCHASE, REFUND
}
