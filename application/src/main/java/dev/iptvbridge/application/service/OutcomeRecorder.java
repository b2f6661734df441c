package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.out.AppliedState;
import dev.iptvbridge.application.port.out.AppliedStatePort;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.application.port.out.AuditOutcome;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.application.port.out.StatusReport;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Transition;
import dev.iptvbridge.domain.provisioning.TransitionKind;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Records what a reconcile did: the transition in the audit trail, the state left in Minerva,
 * and the provisioning status for PortaBilling, which goes into the status outbox (the newest per
 * account wins) and is sent by {@link SendStatusReportsService}, again until PortaBilling accepts it.
 * An outcome is queued when it differs from what PortaBilling shows or is about to be sent, so that
 * a report lost to a crash is queued by the account's next reconcile, while a sweep over accounts
 * in step queues nothing.
 */
public final class OutcomeRecorder {

    private final AuditLogPort audit;
    private final AppliedStatePort appliedState;
    private final StatusOutboxPort outbox;
    private final Clock clock;

    @Inject
    public OutcomeRecorder(AuditLogPort audit, AppliedStatePort appliedState, StatusOutboxPort outbox, Clock clock) {
        this.audit = requireNonNull(audit, "audit is null");
        this.appliedState = requireNonNull(appliedState, "appliedState is null");
        this.outbox = requireNonNull(outbox, "outbox is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    void readFailed(long accountId, List<Long> eventIds, IntegrationException failure) {
        append(accountId, eventIds, AuditCategory.PORTABILLING, "read", AuditOutcome.FAILED,
                "could not read the account's state: " + failure.getMessage());
    }

    void recordOutcome(ReconcileAccountCommand command, BillingView view, Optional<IptvCustomer> current,
                       List<PlanStep> applied, Transition transition, Optional<IntegrationException> failure) {
        long accountId = command.accountId();
        if (transition.kind() != TransitionKind.NONE) {
            append(accountId, command.eventIds(), AuditCategory.TRANSITION, transition.kind().name(), AuditOutcome.OK,
                    transition.reason().map(reason -> reason.description()).orElse(StatusText.of(current)));
        }
        if (!applied.isEmpty()) {
            appliedState.save(new AppliedState(accountId, current, clock.instant()));
        }
        if (view.account().isEmpty()) {
            return; // an account billing no longer shows has no status there
        }
        ProvisioningStatus reported = failure.map(f -> f.accept(FailureStatus.REPORTED)).orElse(ProvisioningStatus.OK);
        String message = failure.map(f -> "Minerva: " + f.getMessage()).orElse(StatusText.of(current));
        boolean quiet = applied.isEmpty() && failure.isEmpty() && current.isEmpty();
        if (mustReport(accountId, new StatusReport(reported, message), quiet)) {
            report(accountId, command.eventIds(), reported, message);
        }
    }

    // quiet: nothing changed and no customer in Minerva, which billing need not hear of if it never heard of the account.
    private boolean mustReport(long accountId, StatusReport outcome, boolean quiet) {
        Optional<StatusReport> shown;
        try {
            shown = outbox.newest(accountId);
        } catch (IntegrationException unreadable) {
            // Unknown what billing shows: queue the report (its own failure is audited); at worst billing hears it twice.
            return !quiet;
        }
        return shown.map(last -> !last.equals(outcome)).orElse(!quiet);
    }

    private void report(long accountId, List<Long> eventIds, ProvisioningStatus reported, String message) {
        try {
            outbox.put(accountId, reported, message, clock.instant());
        } catch (IntegrationException failure) {
            // The work in Minerva stands; the account's next reconcile differs from what billing shows and queues it again.
            append(accountId, eventIds, AuditCategory.PORTABILLING, "report-status", AuditOutcome.FAILED,
                    reported + " not queued for PortaBilling: " + failure.getMessage());
        }
    }

    private void append(long accountId, List<Long> eventIds, AuditCategory category, String action,
                        AuditOutcome outcome, String detail) {
        audit.append(new AuditEntry(clock.instant(), accountId, eventIds, category, action, outcome, detail));
    }
}
