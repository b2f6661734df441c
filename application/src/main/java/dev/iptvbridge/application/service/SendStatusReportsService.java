package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.SendStatusReportsUseCase;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.application.port.out.AuditOutcome;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PendingStatusReport;
import dev.iptvbridge.application.port.out.ProvisioningStatusPort;
import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.application.port.out.TransientFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Sends the outbox's due status reports. A report PortaBilling accepted leaves the outbox; one it
 * did not is sent again later, however often it takes, because PortaBilling must end up showing
 * every account's last outcome. Only an account PortaBilling no longer knows gives up.
 */
public final class SendStatusReportsService implements SendStatusReportsUseCase {

    private final StatusOutboxPort outbox;
    private final ProvisioningStatusPort status;
    private final AuditLogPort audit;
    private final StatusReportSchedule schedule;
    private final Clock clock;
    private final DoubleSupplier jitter;

    /** Built by the composition root, which sets the schedule's lease from PortaBilling's timeouts. */
    public SendStatusReportsService(StatusOutboxPort outbox, ProvisioningStatusPort status, AuditLogPort audit,
                                    StatusReportSchedule schedule, Clock clock, DoubleSupplier jitter) {
        this.outbox = requireNonNull(outbox, "outbox is null");
        this.status = requireNonNull(status, "status is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.schedule = requireNonNull(schedule, "schedule is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.jitter = requireNonNull(jitter, "jitter is null");
    }

    @Override
    public int sendDue(String senderId, int max) {
        requireNonNull(senderId, "senderId is null");
        List<PendingStatusReport> claimed = outbox.claimDue(senderId, max, clock.instant(), schedule.lease());
        claimed.forEach(this::send);
        return claimed.size();
    }

    private void send(PendingStatusReport report) {
        try {
            status.report(report.accountId(), report.status(), report.message());
        } catch (NotFoundFailure gone) {
            outbox.discard(report);
            append(report, AuditOutcome.SKIPPED, report.status() + " not reported: PortaBilling no longer knows the "
                    + "account (" + gone.getMessage() + ")");
            return;
        } catch (IntegrationException failure) {
            int failures = report.attempts() + 1;
            Optional<Duration> requested = failure instanceof TransientFailure transientFailure
                    ? transientFailure.retryAfter() : Optional.empty();
            Instant next = schedule.nextAttempt(clock.instant(), failures, jitter.getAsDouble(), requested);
            outbox.sendLater(report, next, failure.getMessage());
            // The first failure is audited; the ones after it would only repeat it, once per retry.
            if (failures == 1) {
                append(report, AuditOutcome.FAILED, report.status() + " not reported yet, sent again until "
                        + "PortaBilling accepts it: " + failure.getMessage());
            }
            return;
        }
        outbox.sent(report);
        append(report, AuditOutcome.OK, report.status() + ": " + report.message()
                + (report.attempts() > 0 ? " (after " + report.attempts() + " failed attempts)" : ""));
    }

    private void append(PendingStatusReport report, AuditOutcome outcome, String detail) {
        audit.append(new AuditEntry(clock.instant(), report.accountId(), List.of(), AuditCategory.PORTABILLING,
                "report-status", outcome, detail));
    }
}
