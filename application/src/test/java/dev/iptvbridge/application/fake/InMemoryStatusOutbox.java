package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.PendingStatusReport;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.application.port.out.StatusOutboxStats;
import dev.iptvbridge.application.port.out.StatusReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The status outbox in memory, with the database's rules: one report per account, versions, leases. */
public final class InMemoryStatusOutbox implements StatusOutboxPort {

    /** One row as the database keeps it; {@code owner} and {@code leaseUntil} are null when nobody holds it. */
    public record Row(long accountId, ProvisioningStatus status, String message, long version, int attempts,
                      Instant queuedAt, Instant dueAt, String owner, Instant leaseUntil, String lastError) {

        boolean claimable(Instant now) {
            return !dueAt.isAfter(now) && (leaseUntil == null || !leaseUntil.isAfter(now));
        }

        Row released(Instant due, int failures, String error) {
            return new Row(accountId, status, message, version, failures, queuedAt, due, null, null, error);
        }
    }

    private final Map<Long, Row> rows = new TreeMap<>();
    private final Map<Long, StatusReport> accepted = new TreeMap<>();

    /** What PortaBilling accepted last for the account. */
    public synchronized Optional<StatusReport> accepted(long accountId) {
        return Optional.ofNullable(accepted.get(accountId));
    }

    /** Loses the account's waiting report, as a crash between Minerva's change and the outbox would. */
    public synchronized void lose(long accountId) {
        rows.remove(accountId);
    }

    @Override
    public synchronized Optional<StatusReport> newest(long accountId) {
        Row row = rows.get(accountId);
        return row != null ? Optional.of(new StatusReport(row.status(), row.message()))
                : Optional.ofNullable(accepted.get(accountId));
    }

    public synchronized Optional<Row> row(long accountId) {
        return Optional.ofNullable(rows.get(accountId));
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows.values());
    }

    @Override
    public synchronized void put(long accountId, ProvisioningStatus status, String message, Instant now) {
        Row old = rows.get(accountId);
        rows.put(accountId, old == null
                ? new Row(accountId, status, message, 1, 0, now, now, null, null, null)
                : new Row(accountId, status, message, old.version() + 1, 0, old.queuedAt(), now, old.owner(),
                        old.leaseUntil(), null));
    }

    @Override
    public synchronized List<PendingStatusReport> claimDue(String owner, int max, Instant now, Duration lease) {
        List<PendingStatusReport> claimed = new ArrayList<>();
        rows.values().stream().filter(row -> row.claimable(now)).sorted(Comparator.comparing(Row::dueAt)).limit(max)
                .toList().forEach(row -> {
                    rows.put(row.accountId(), new Row(row.accountId(), row.status(), row.message(), row.version(),
                            row.attempts(), row.queuedAt(), row.dueAt(), owner, now.plus(lease), row.lastError()));
                    claimed.add(new PendingStatusReport(row.accountId(), row.status(), row.message(), row.version(),
                            row.attempts(), row.queuedAt(), owner));
                });
        return claimed;
    }

    @Override
    public synchronized boolean sent(PendingStatusReport report) {
        accepted.put(report.accountId(), new StatusReport(report.status(), report.message()));
        return remove(report);
    }

    private boolean remove(PendingStatusReport report) {
        Row row = rows.get(report.accountId());
        if (row != null && row.version() == report.version()) {
            rows.remove(report.accountId());
            return true;
        }
        release(report, row);
        return false;
    }

    @Override
    public synchronized void sendLater(PendingStatusReport report, Instant dueAt, String error) {
        Row row = rows.get(report.accountId());
        if (row != null && row.version() == report.version() && report.owner().equals(row.owner())) {
            rows.put(row.accountId(), row.released(dueAt, report.attempts() + 1, error));
        } else {
            release(report, row);
        }
    }

    @Override
    public synchronized void discard(PendingStatusReport report) {
        remove(report);
    }

    @Override
    public synchronized StatusOutboxStats pendingStats() {
        return new StatusOutboxStats(rows.size(), rows.values().stream().map(Row::queuedAt).min(Comparator.naturalOrder()));
    }

    private void release(PendingStatusReport report, Row row) {
        if (row != null && report.owner().equals(row.owner())) {
            rows.put(row.accountId(), row.released(row.dueAt(), row.attempts(), row.lastError()));
        }
    }
}
