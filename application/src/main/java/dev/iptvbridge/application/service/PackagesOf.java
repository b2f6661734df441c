package dev.iptvbridge.application.service;

import dev.iptvbridge.domain.provisioning.PlanStep;
import java.util.Optional;
import java.util.SortedSet;

/** The packages a step hands the platform (a create's or a set's), and the same step with other packages. */
final class PackagesOf implements PlanStep.Visitor<Optional<SortedSet<String>>> {

    static final PackagesOf STEP = new PackagesOf();

    @Override
    public Optional<SortedSet<String>> create(PlanStep.Create step) {
        return Optional.of(step.customer().packages());
    }

    @Override
    public Optional<SortedSet<String>> enable(PlanStep.Enable step) {
        return Optional.empty();
    }

    @Override
    public Optional<SortedSet<String>> disable(PlanStep.Disable step) {
        return Optional.empty();
    }

    @Override
    public Optional<SortedSet<String>> setPackages(PlanStep.SetPackages step) {
        return Optional.of(step.packages());
    }

    @Override
    public Optional<SortedSet<String>> changeProfile(PlanStep.ChangeProfile step) {
        return Optional.empty();
    }

    @Override
    public Optional<SortedSet<String>> delete(PlanStep.Delete step) {
        return Optional.empty();
    }

    /** The step with {@code packages} instead of its own; a step without packages stays as it is. */
    record Replaced(SortedSet<String> packages) implements PlanStep.Visitor<PlanStep> {

        @Override
        public PlanStep create(PlanStep.Create step) {
            return new PlanStep.Create(step.customer().withPackages(packages));
        }

        @Override
        public PlanStep enable(PlanStep.Enable step) {
            return step;
        }

        @Override
        public PlanStep disable(PlanStep.Disable step) {
            return step;
        }

        @Override
        public PlanStep setPackages(PlanStep.SetPackages step) {
            return new PlanStep.SetPackages(packages);
        }

        @Override
        public PlanStep changeProfile(PlanStep.ChangeProfile step) {
            return step;
        }

        @Override
        public PlanStep delete(PlanStep.Delete step) {
            return step;
        }
    }
}
