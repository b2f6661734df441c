package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import dev.iptvbridge.domain.provisioning.Transition;
import java.util.List;
import java.util.Optional;

/**
 * What a reconcile found and did: exactly one of applied, in step, planned (a dry run), skipped
 * (another environment), failed (with what was applied before) or unread. Each variant carries
 * what it has and nothing else; {@link #accept} dispatches on them so that a new variant fails to
 * compile in every reader until it is handled.
 */
public sealed interface ReconcileAccountResult {

    long accountId();

    /**
     * The failure that stopped the reconcile, for the queue to retry or park it; empty when
     * nothing failed (including a skip or a dry run).
     */
    Optional<IntegrationException> failure();

    <R> R accept(Visitor<R> visitor);

    /** One method per outcome. */
    interface Visitor<R> {
        R applied(Applied result);

        R inStep(InStep result);

        R planned(Planned result);

        R skipped(Skipped result);

        R failed(Failed result);

        R unread(Unread result);
    }

    /**
     * Steps went through and Minerva now holds what billing calls for.
     *
     * @param reconciliation desired, observed and plan as first computed
     * @param steps          the steps that went through, in order; never empty
     * @param transition     the lifecycle transition that they made
     */
    record Applied(long accountId, Reconciliation reconciliation, List<PlanStep> steps, Transition transition)
            implements ReconcileAccountResult {
        public Applied {
            requireNonNull(reconciliation, "reconciliation is null");
            steps = List.copyOf(requireNonNull(steps, "steps is null"));
            requireNonNull(transition, "transition is null");
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("an applied result has at least one step; use InStep");
            }
        }

        @Override
        public Optional<IntegrationException> failure() {
            return Optional.empty();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.applied(this);
        }
    }

    /** Minerva already held what billing calls for: the plan was empty and nothing was called. */
    record InStep(long accountId, Reconciliation reconciliation) implements ReconcileAccountResult {
        public InStep {
            requireNonNull(reconciliation, "reconciliation is null");
        }

        @Override
        public Optional<IntegrationException> failure() {
            return Optional.empty();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.inStep(this);
        }
    }

    /**
     * A dry run's answer: the plan a reconcile would apply now, possibly empty. Nothing was
     * applied, audited or reported.
     */
    record Planned(long accountId, Reconciliation reconciliation) implements ReconcileAccountResult {
        public Planned {
            requireNonNull(reconciliation, "reconciliation is null");
        }

        @Override
        public Optional<IntegrationException> failure() {
            return Optional.empty();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.planned(this);
        }
    }

    /** Not looked at in Minerva, because the account is not this bridge's to serve; {@code reason} says why. */
    record Skipped(long accountId, String reason) implements ReconcileAccountResult {
        public Skipped {
            requireNonNull(reason, "reason is null");
        }

        @Override
        public Optional<IntegrationException> failure() {
            return Optional.empty();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.skipped(this);
        }
    }

    /**
     * A step, or a read between rounds, failed and stopped the plan.
     *
     * @param applied    the steps that went through before it, in order; possibly empty
     * @param transition the lifecycle transition that those steps made
     * @param cause      what stopped the plan
     */
    record Failed(long accountId, Reconciliation reconciliation, List<PlanStep> applied, Transition transition,
                  IntegrationException cause) implements ReconcileAccountResult {
        public Failed {
            requireNonNull(reconciliation, "reconciliation is null");
            applied = List.copyOf(requireNonNull(applied, "applied is null"));
            requireNonNull(transition, "transition is null");
            requireNonNull(cause, "cause is null");
        }

        @Override
        public Optional<IntegrationException> failure() {
            return Optional.of(cause);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.failed(this);
        }
    }

    /** Billing or Minerva could not be read, so nothing was planned and nothing was called. */
    record Unread(long accountId, IntegrationException cause) implements ReconcileAccountResult {
        public Unread {
            requireNonNull(cause, "cause is null");
        }

        @Override
        public Optional<IntegrationException> failure() {
            return Optional.of(cause);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.unread(this);
        }
    }
}
