package dev.iptvbridge.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One-off charges and credits of billing accounts ({@code Account/make_transaction}) and reading
 * them back ({@code Account/get_xdr_list}). PortaBilling has no idempotency key: {@link #transact}
 * twice charges twice, and a call that failed with a {@link TransientFailure} may have been applied,
 * so a caller looks with {@link #find} before it sends again. An unknown account is a
 * {@link NotFoundFailure}, a refused amount a {@link PermanentFailure}.
 */
public interface ChargingPort {

    /** The account, or empty when PortaBilling does not know it. */
    Optional<ChargeableAccount> account(long accountId);

    /** Applies the transaction once (never repeated by the adapter); answers its {@code i_xdr}. */
    long transact(Transaction transaction);

    /**
     * The {@code i_xdr} of the account's transaction under {@code service} whose internal comment is
     * {@code internalComment}, booked between {@code from} and {@code to}; empty when there is none.
     */
    OptionalLong find(long accountId, int service, String internalComment, Instant from, Instant to);
}
