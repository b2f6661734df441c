package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A one-off charge or credit of an account, in the account's own currency.
 *
 * @param amount          positive; sent as a decimal string, never as a binary float
 * @param service         PortaBilling's {@code i_service} the transaction is booked under
 * @param visibleComment  what the customer's bill prints, such as {@code VOD: Dune}
 * @param internalComment the bridge's mark, returned when the transaction is read back; unique per transaction
 */
public record Transaction(long accountId, TransactionAction action, BigDecimal amount, int service,
                          String visibleComment, String internalComment) {

    public Transaction {
        requireNonNull(action, "action is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(visibleComment, "visibleComment is null");
        requireNonNull(internalComment, "internalComment is null");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount.toPlainString());
        }
    }
}
