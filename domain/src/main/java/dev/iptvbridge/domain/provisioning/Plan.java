package dev.iptvbridge.domain.provisioning;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** The ordered, minimal list of steps that takes what the platform holds to what is desired. */
public record Plan(long account, List<PlanStep> steps) {

    public Plan {
        steps = List.copyOf(requireNonNull(steps, "steps is null"));
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The customer the platform holds once every step went through. */
    public Optional<IptvCustomer> applyTo(Optional<IptvCustomer> observed) {
        Optional<IptvCustomer> customer = observed;
        for (PlanStep step : steps) {
            customer = step.applyTo(customer);
        }
        return customer;
    }
}
