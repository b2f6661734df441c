package dev.iptvbridge.application.port.out;

/** What a PortaBilling transaction does to an account's balance. */
public enum TransactionAction {
    /** {@code Manual charge}: the amount is added to what the account owes. */
    CHARGE,
    /** {@code Manual credit}: the amount is taken off. */
    CREDIT
}
