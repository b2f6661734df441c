package dev.iptvbridge.application.purchase;

/**
 * Where a purchase stands in the ledger. {@code CHARGING} and {@code CREDITING} mean "sent, or about
 * to be, outcome unknown": before the transaction is sent again it is looked for in PortaBilling.
 */
public enum ChargeState {
    /** Read from the feed, not charged yet. */
    SEEN,
    /** Its charge is being sent, or was and its outcome is unknown. */
    CHARGING,
    /** Charged once, with its {@code i_xdr}; due for a credit when a refund was seen. */
    CHARGED,
    /** Its refund's credit is being sent, or was and its outcome is unknown. */
    CREDITING,
    /** Charged and credited once. */
    REFUNDED,
    /** Cannot be charged (or credited) until an operator fixes the cause and retries it. */
    PARKED;

    /** Whether an entry in this state can still change without an operator. */
    public boolean open() {
        return this != REFUNDED && this != PARKED;
    }
}
