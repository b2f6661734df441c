package dev.iptvbridge.application.port.out;

/** Where an account's subscription stands in PortaBilling; only an active one charges. */
public enum SubscriptionStatus {
    ACTIVE,
    /** Starts later. */
    PENDING,
    CLOSED
}
