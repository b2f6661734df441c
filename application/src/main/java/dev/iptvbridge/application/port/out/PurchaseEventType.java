package dev.iptvbridge.application.port.out;

/** What one event of Minerva's purchase feed says: a purchase was made, or a purchase was refunded. */
public enum PurchaseEventType {
    PURCHASE, REFUND
}
