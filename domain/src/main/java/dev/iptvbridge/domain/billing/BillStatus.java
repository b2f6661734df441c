package dev.iptvbridge.domain.billing;

/** An account's billing status in PortaBilling ({@code bill_status}). */
public enum BillStatus {
    /** In service ({@code O}). */
    OPEN,
    /** Created but not yet activated ({@code I}). */
    INACTIVE,
    /** Terminated ({@code C}); a vanished account reads as closed too. */
    CLOSED
}
