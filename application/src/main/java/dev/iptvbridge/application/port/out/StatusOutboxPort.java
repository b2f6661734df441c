package dev.iptvbridge.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The durable outbox of provisioning status reports: at most one report per account, the newest.
 * A claimed report is held under a lease; while it is held, a newer report for the account waits
 * until the holder is done, so that PortaBilling never receives an older status after a newer one
 * (as long as a send ends within the lease).
 */
public interface StatusOutboxPort {

    /**
     * Stores the account's newest status, replacing a report not yet sent and making it due at
     * {@code now}. A report being sent keeps its lease; the new one goes out after it.
     */
    void put(long accountId, ProvisioningStatus status, String message, Instant now);

    /** Up to {@code max} due reports not held by another sender, now held by {@code owner} until {@code now + lease}. */
    List<PendingStatusReport> claimDue(String owner, int max, Instant now, Duration lease);

    /**
     * PortaBilling accepted the report: removes it unless a newer one replaced it meanwhile, which
     * is then released to be sent next.
     *
     * @return whether the report was removed
     */
    boolean sent(PendingStatusReport report);

    /** The send failed: the report is due again at {@code dueAt}, unless a newer one replaced it (then that one is due). */
    void sendLater(PendingStatusReport report, Instant dueAt, String error);

    /** Removes the report, unless a newer one replaced it: for a report PortaBilling will never accept. */
    void discard(PendingStatusReport report);

    StatusOutboxStats pendingStats();
}
