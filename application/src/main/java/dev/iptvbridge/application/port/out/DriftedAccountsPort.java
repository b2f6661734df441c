package dev.iptvbridge.application.port.out;

/**
 * The accounts the last comparison found to differ and queued (ADR 0011): what a reconcile must read
 * from Minerva rather than assume (ADR 0018), since the comparison saw Minerva hold something else.
 * Failures are {@link TransientFailure}s or {@link PermanentFailure}s.
 */
@FunctionalInterface
public interface DriftedAccountsPort {

    /** Nothing found drifted: a bridge without comparisons, and tests. */
    DriftedAccountsPort NONE = accountId -> false;

    /** Whether the differences kept from the last comparison queue this account. */
    boolean foundDrifted(long accountId);
}
