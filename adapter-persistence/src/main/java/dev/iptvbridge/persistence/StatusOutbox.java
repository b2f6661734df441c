package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.PendingStatusReport;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.StatusOutboxStats;
import dev.iptvbridge.application.port.out.StatusReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The status outbox: one row per account holding its newest report. Claims work the same on both
 * databases: read due candidates, then take each with an update that re-checks that it is still
 * claimable; the row lock makes a racing claimer's update find nothing, so no two senders hold
 * one account, in one daemon or several. A report PortaBilling accepted is kept in
 * {@code status_accepted}, the account's last accepted status.
 */
final class StatusOutbox {

    private final Jdbi jdbi;

    StatusOutbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void put(long accountId, ProvisioningStatus status, String message, Instant now) {
        String text = Text.cut(message, 4000);
        Instant at = TimeMapping.toMicros(now);
        // Each statement on its own (autocommit), as for the applied state. Two first reports of one account may race;
        // the loser's insert fails and it replaces instead.
        Optimistic.retry("queue the status report of account " + accountId, () -> jdbi.withHandle(handle -> {
            StatusOutboxDao dao = new StatusOutboxDao(handle);
            if (dao.replace(accountId, status.name(), text, at) == 0) {
                dao.insert(accountId, status.name(), text, at);
            }
            return null;
        }));
    }

    List<PendingStatusReport> claim(String owner, int max, Instant now, Duration lease) {
        if (max <= 0) {
            return List.of();
        }
        Instant at = TimeMapping.toMicros(now);
        Instant until = TimeMapping.toMicros(now.plus(lease));
        return jdbi.withHandle(handle -> {
            StatusOutboxDao dao = new StatusOutboxDao(handle);
            List<PendingStatusReport> claimed = new ArrayList<>();
            for (long accountId : dao.candidates(at, max)) {
                // Claim and read in one transaction, so that what is read is what the lease covers.
                handle.useTransaction(tx -> {
                    StatusOutboxDao inTx = new StatusOutboxDao(tx);
                    if (inTx.claim(accountId, owner, at, until) == 1) {
                        inTx.find(accountId).ifPresent(row -> claimed.add(row.toPending()));
                    }
                });
            }
            return claimed;
        });
    }

    // Two reads, no transaction: at read committed each statement sees its own snapshot even inside one.
    Optional<StatusReport> newest(long accountId) {
        return jdbi.withHandle(handle -> {
            StatusOutboxDao dao = new StatusOutboxDao(handle);
            Optional<StatusReport> waiting = dao.find(accountId)
                    .map(row -> new StatusReport(ProvisioningStatus.valueOf(row.status()), row.message()));
            return waiting.isPresent() ? waiting : dao.findAccepted(accountId).map(AcceptedStatusRow::toReport);
        });
    }

    boolean sent(PendingStatusReport report) {
        Instant at = TimeMapping.toMicros(Instant.now());
        // Two senders may both hold a report of a first-time account (a lease ran out): the loser replaces instead.
        return Optimistic.retry("keep the accepted status of account " + report.accountId(),
                () -> jdbi.inTransaction(handle -> {
                    StatusOutboxDao dao = new StatusOutboxDao(handle);
                    if (dao.replaceAccepted(report.accountId(), report.status().name(), report.message(), at) == 0) {
                        dao.insertAccepted(report.accountId(), report.status().name(), report.message(), at);
                    }
                    return removeOrRelease(dao, report);
                }));
    }

    boolean discard(PendingStatusReport report) {
        return jdbi.inTransaction(handle -> removeOrRelease(new StatusOutboxDao(handle), report));
    }

    private static boolean removeOrRelease(StatusOutboxDao dao, PendingStatusReport report) {
        if (dao.delete(report.accountId(), report.version()) == 1) {
            return true;
        }
        // A newer report replaced this one while it was sent: it is due, and now free to go.
        dao.release(report.accountId(), report.owner());
        return false;
    }

    void retryLater(PendingStatusReport report, Instant dueAt, String error) {
        jdbi.useTransaction(handle -> {
            StatusOutboxDao dao = new StatusOutboxDao(handle);
            if (dao.retryLater(report.accountId(), report.version(), report.owner(), report.attempts() + 1,
                    TimeMapping.toMicros(dueAt), Text.cut(error, 4000)) == 0) {
                dao.release(report.accountId(), report.owner());
            }
        });
    }

    StatusOutboxStats stats() {
        return jdbi.withHandle(handle -> {
            StatusOutboxDao dao = new StatusOutboxDao(handle);
            return new StatusOutboxStats(dao.count(), dao.oldestQueuedAt());
        });
    }
}
