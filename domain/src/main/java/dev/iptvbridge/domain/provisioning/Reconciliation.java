package dev.iptvbridge.domain.provisioning;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One look at an account: what it calls for, what the platform holds, the plan between them
 * and the transition the plan would make.
 */
public record Reconciliation(DesiredCustomer desired, Optional<IptvCustomer> observed, Plan plan, Transition transition) {

    public Reconciliation {
        requireNonNull(desired, "desired is null");
        requireNonNull(observed, "observed is null");
        requireNonNull(plan, "plan is null");
        requireNonNull(transition, "transition is null");
    }

    public static Reconciliation of(DesiredCustomer desired, Optional<IptvCustomer> observed) {
        Plan plan = Planner.plan(desired, observed);
        return new Reconciliation(desired, observed, plan, Transition.between(observed, plan.applyTo(observed), desired));
    }
}
