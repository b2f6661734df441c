package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.LeaseGuard;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.application.port.out.AuditOutcome;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.ProfileChange;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.provisioning.Plan;
import dev.iptvbridge.domain.provisioning.PlanStep;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Applies a plan to the platform step by step, auditing each call; the first failure stops it. */
public final class PlanExecutor {

    private final IptvPlatformPort platform;
    private final AuditLogPort audit;
    private final Clock clock;

    @Inject
    public PlanExecutor(IptvPlatformPort platform, AuditLogPort audit, Clock clock) {
        this.platform = requireNonNull(platform, "platform is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    PlanExecution apply(Plan plan, List<Long> eventIds) {
        return apply(plan, eventIds, LeaseGuard.NONE);
    }

    /** Asks {@code lease} before each step: a worker that lost its lease applies no further step. */
    PlanExecution apply(Plan plan, List<Long> eventIds, LeaseGuard lease) {
        List<PlanStep> applied = new ArrayList<>();
        boolean mustReread = false;
        for (PlanStep step : plan.steps()) {
            if (!lease.stillHeld()) {
                return new PlanExecution(applied, true, Optional.of(leaseLost(plan.account())));
            }
            try {
                mustReread |= !call(plan.account(), step);
                applied.add(step);
                record(plan.account(), eventIds, step, AuditOutcome.OK, StepText.describe(step));
            } catch (IntegrationException failure) {
                record(plan.account(), eventIds, step, AuditOutcome.FAILED, String.valueOf(failure.getMessage()));
                return new PlanExecution(applied, true, Optional.of(failure));
            }
        }
        return new PlanExecution(applied, mustReread, Optional.empty());
    }

    /** The failure a reconcile stops with when its lease is lost: the lease's new owner reconciles the account. */
    static TransientFailure leaseLost(long account) {
        return new TransientFailure("the lease on account " + account + " was lost (it ran out or could not be "
                + "renewed): another worker holds it now and reconciles the account; nothing more was written", null);
    }

    /** @return false when the platform already held what a create meant to make */
    private boolean call(long account, PlanStep step) {
        return step.accept(new PlatformCall(platform, account));
    }

    private void record(long account, List<Long> eventIds, PlanStep step, AuditOutcome outcome, String detail) {
        audit.append(new AuditEntry(clock.instant(), account, eventIds, AuditCategory.MINERVA, StepText.name(step),
                outcome, detail));
    }
}
