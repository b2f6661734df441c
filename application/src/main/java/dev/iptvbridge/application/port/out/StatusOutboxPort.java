package dev.iptvbridge.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable outbox of provisioning status reports: at most one report per account, the newest.
 * A claimed report is held under a lease; while it is held, a newer report for the account waits
 * until the holder is done, so that PortaBilling never receives an older status after a newer one
 * (as long as a send ends within the lease). What PortaBilling accepted last is kept per account,
 * so that an outcome whose report was lost (a crash between Minerva's change and the outbox) can be
 * told apart from one PortaBilling already shows.
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
     * What PortaBilling shows for the account once the outbox is sent: the report waiting for it,
     * else the last one it accepted; empty when no report of the account was ever accepted or queued.
     */
    Optional<StatusReport> newest(long accountId);

    /**
     * PortaBilling accepted the report: keeps it as the account's last accepted one and removes it
     * unless a newer one replaced it meanwhile, which is then released to be sent next.
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
