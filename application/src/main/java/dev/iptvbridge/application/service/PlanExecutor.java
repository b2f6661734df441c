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

/**
 * Applies a plan to the platform step by step, auditing each call; the first failure stops it, except a
 * package the platform does not know (a catalog error): that step is taken with the packages it knows,
 * the rest of the plan goes on, and the catalog error ends the reconcile ({@link UnknownPackages}).
 */
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
        Optional<IntegrationException> catalogError = Optional.empty();
        for (PlanStep step : plan.steps()) {
            if (!lease.stillHeld()) {
                return new PlanExecution(applied, true, Optional.of(leaseLost(plan.account())));
            }
            try {
                mustReread |= !apply(plan.account(), eventIds, step, applied);
            } catch (IntegrationException failure) {
                Optional<UnknownPackages.Workaround> workaround = catalogError.isPresent() ? Optional.empty()
                        : UnknownPackages.workaround(platform, plan.account(), step, failure);
                if (workaround.isEmpty() || !lease.stillHeld()) {
                    return new PlanExecution(applied, true, Optional.of(failure));
                }
                catalogError = Optional.of(workaround.get().catalogError());
                try {
                    mustReread |= !apply(plan.account(), eventIds, workaround.get().step(), applied);
                } catch (IntegrationException again) {
                    return new PlanExecution(applied, true, Optional.of(again));
                }
            }
        }
        return new PlanExecution(applied, mustReread || catalogError.isPresent(), catalogError);
    }

    /** One step, audited either way; @return false when a create found the customer already there */
    private boolean apply(long account, List<Long> eventIds, PlanStep step, List<PlanStep> applied) {
        try {
            boolean made = call(account, step);
            applied.add(step);
            record(account, eventIds, step, AuditOutcome.OK, StepText.describe(step));
            return made;
        } catch (IntegrationException failure) {
            record(account, eventIds, step, AuditOutcome.FAILED, String.valueOf(failure.getMessage()));
            throw failure;
        }
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
