package dev.iptvbridge.domain.billing;

/** A customer's billing status in PortaBilling ({@code bill_status} of the customer). */
public enum CustomerStatus {
    /** In good standing ({@code O}). */
    OPEN,
    /** An unpaid invoice: every account of the customer loses service until it is paid ({@code S}). */
    SUSPENDED,
    /** Terminated ({@code C}). */
    CLOSED
}
