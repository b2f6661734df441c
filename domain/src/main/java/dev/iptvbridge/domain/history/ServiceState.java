package dev.iptvbridge.domain.history;

/** The state of one service package of one account in Minerva. */
public enum ServiceState {
    /** The customer is enabled and holds what the service package gives. */
    ENABLED,
    /** The customer is kept but disabled, its packages untouched; a reason says why. */
    DISABLED,
    /** Not given: no customer, or a customer without this service package. */
    ABSENT
}
