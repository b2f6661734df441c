package dev.iptvbridge.embedded.internal.worker;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.PendingStatusReport;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.application.port.out.StatusOutboxStats;
import dev.iptvbridge.application.port.out.StatusReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The status outbox, waking this daemon's {@link StatusReportSender} when a report was written,
 * so that it goes out at once rather than at the sender's next poll (which stays, for reports
 * written by another daemon on the same database).
 */
public final class WakingStatusOutbox implements StatusOutboxPort {

    private final StatusOutboxPort outbox;
    private final Runnable wake;

    public WakingStatusOutbox(StatusOutboxPort outbox, Runnable wake) {
        this.outbox = requireNonNull(outbox, "outbox is null");
        this.wake = requireNonNull(wake, "wake is null");
    }

    @Override
    public void put(long accountId, ProvisioningStatus status, String message, Instant now) {
        outbox.put(accountId, status, message, now);
        wake.run();
    }

    @Override
    public List<PendingStatusReport> claimDue(String owner, int max, Instant now, Duration lease) {
        return outbox.claimDue(owner, max, now, lease);
    }

    @Override
    public Optional<StatusReport> newest(long accountId) {
        return outbox.newest(accountId);
    }

    @Override
    public boolean sent(PendingStatusReport report) {
        return outbox.sent(report);
    }

    @Override
    public void sendLater(PendingStatusReport report, Instant dueAt, String error) {
        outbox.sendLater(report, dueAt, error);
    }

    @Override
    public void discard(PendingStatusReport report) {
        outbox.discard(report);
    }

    @Override
    public StatusOutboxStats pendingStats() {
        return outbox.pendingStats();
    }
}
