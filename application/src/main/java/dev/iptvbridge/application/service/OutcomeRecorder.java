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
import dev.iptvbridge.application.port.out.ProvisioningStatusPort;
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
 * and the provisioning status shown in PortaBilling. Reporting is best effort: a failed report
 * is audited but does not undo or repeat the work in Minerva.
 */
public final class OutcomeRecorder {

    private final AuditLogPort audit;
    private final AppliedStatePort appliedState;
    private final ProvisioningStatusPort status;
    private final Clock clock;

    @Inject
    public OutcomeRecorder(AuditLogPort audit, AppliedStatePort appliedState, ProvisioningStatusPort status, Clock clock) {
        this.audit = requireNonNull(audit, "audit is null");
        this.appliedState = requireNonNull(appliedState, "appliedState is null");
        this.status = requireNonNull(status, "status is null");
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
        if (view.account().isEmpty() || (applied.isEmpty() && failure.isEmpty())) {
            return; // nothing to tell billing: no change, or an account billing no longer shows
        }
        ProvisioningStatus reported = failure.map(f -> f.accept(FailureStatus.REPORTED)).orElse(ProvisioningStatus.OK);
        String message = failure.map(f -> "Minerva: " + f.getMessage()).orElse(StatusText.of(current));
        report(accountId, command.eventIds(), reported, message);
    }

    private void report(long accountId, List<Long> eventIds, ProvisioningStatus reported, String message) {
        try {
            status.report(accountId, reported, message);
            append(accountId, eventIds, AuditCategory.PORTABILLING, "report-status", AuditOutcome.OK,
                    reported + ": " + message);
        } catch (IntegrationException failure) {
            append(accountId, eventIds, AuditCategory.PORTABILLING, "report-status", AuditOutcome.FAILED,
                    reported + " not reported: " + failure.getMessage());
        }
    }

    private void append(long accountId, List<Long> eventIds, AuditCategory category, String action,
                        AuditOutcome outcome, String detail) {
        audit.append(new AuditEntry(clock.instant(), accountId, eventIds, category, action, outcome, detail));
    }
}
