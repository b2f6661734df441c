package dev.iptvbridge.sandbox.portabilling;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One transaction the simulator applied through {@code Account/make_transaction}: what tests read
 * to count charges and credits.
 *
 * @param action        {@code Manual charge}, {@code Manual credit} or {@code Manual payment}
 * @param amount        as sent, positive
 * @param chargedAmount as {@code get_xdr_list} shows it: negative for a credit or a payment
 */
public record SimTransaction(long iXdr, long iAccount, String action, BigDecimal amount, BigDecimal chargedAmount,
                             int iService, String visibleComment, String internalComment, LocalDateTime billTime) {
}
