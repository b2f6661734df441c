package dev.iptvbridge.domain.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the plan between desired and observed. A pure function: the same inputs give the
 * same plan, and planning again after the plan was applied gives an empty plan.
 */
public final class Planner {

    private Planner() {
    }

    public static Plan plan(DesiredCustomer desired, Optional<IptvCustomer> observed) {
        return new Plan(desired.account(), desired.accept(new StepsFrom(observed)));
    }

    // One method per desired state, so that a new state cannot fall into another's plan unnoticed.
    private record StepsFrom(Optional<IptvCustomer> observed) implements DesiredCustomer.Visitor<List<PlanStep>> {

        @Override
        public List<PlanStep> absent(DesiredCustomer.Absent desired) {
            return observed.isPresent() ? List.of(new PlanStep.Delete()) : List.of();
        }

        @Override
        public List<PlanStep> disabled(DesiredCustomer.Disabled desired) {
            return observed.map(current -> disable(desired, current)).orElse(List.of());
        }

        @Override
        public List<PlanStep> enabled(DesiredCustomer.Enabled desired) {
            return observed.map(current -> enable(desired, current))
                    .orElse(List.of(new PlanStep.Create(desired.asCustomer())));
        }
    }

    // Disable first, so that the customer stops watching before anything else is touched.
    private static List<PlanStep> disable(DesiredCustomer.Disabled desired, IptvCustomer current) {
        List<PlanStep> steps = new ArrayList<>();
        if (current.isEnabled()) {
            steps.add(new PlanStep.Disable(desired.cause()));
        }
        profileChange(desired.profile(), Optional.empty(), current).ifPresent(steps::add);
        return steps;
    }

    // Packages before enabling, so that a resumed customer never watches the old set.
    private static List<PlanStep> enable(DesiredCustomer.Enabled desired, IptvCustomer current) {
        List<PlanStep> steps = new ArrayList<>();
        profileChange(desired.profile(), Optional.of(desired.entitlement().wholeHomeDvr()), current).ifPresent(steps::add);
        if (!current.packages().equals(desired.entitlement().minervaPackages())) {
            steps.add(new PlanStep.SetPackages(desired.entitlement().minervaPackages()));
        }
        if (!current.isEnabled()) {
            steps.add(new PlanStep.Enable());
        }
        return steps;
    }

    private static Optional<PlanStep> profileChange(Profile profile, Optional<Boolean> wholeHomeDvr, IptvCustomer current) {
        Optional<String> login = changed(profile.login(), current.login());
        Optional<String> name = changed(profile.name(), current.name());
        Optional<Boolean> dvr = wholeHomeDvr.flatMap(wanted -> changed(wanted, current.wholeHomeDvr()));
        if (login.isEmpty() && name.isEmpty() && dvr.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlanStep.ChangeProfile(login, name, dvr));
    }

    private static <T> Optional<T> changed(T wanted, T current) {
        return Objects.equals(wanted, current) ? Optional.empty() : Optional.of(wanted);
    }
}
