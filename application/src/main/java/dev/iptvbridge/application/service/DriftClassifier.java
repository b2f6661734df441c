package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.ComparedAccount;
import dev.iptvbridge.application.port.out.DriftKind;
import dev.iptvbridge.application.port.out.SnapshotAccount;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import dev.iptvbridge.domain.provisioning.Plan;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Planner;
import dev.iptvbridge.domain.provisioning.ProvisioningPolicy;
import dev.iptvbridge.domain.provisioning.Reason;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names the drift of one account from the two snapshots. It asks the same policy and planner the
 * per-account reconcile asks, so that the comparison and the reconcile can never disagree on what
 * is drift: each step of the plan that would repair the account is one kind.
 */
final class DriftClassifier {

    private final ProvisioningPolicy policy;

    DriftClassifier(ProvisioningPolicy policy) {
        this.policy = requireNonNull(policy, "policy is null");
    }

    DriftVerdict classify(ComparedAccount row, Instant moment) {
        // A closed account needs no customer to be judged; any other does.
        if (row.customer().isEmpty() && row.account().filter(account -> account.billStatus() != BillStatus.CLOSED)
                .isPresent()) {
            return DriftVerdict.unresolved(row.platform());
        }
        DesiredCustomer desired = policy.desired(row.accountId(), row.account().map(SnapshotAccount::toAccount),
                row.customer(), moment);
        Plan plan = Planner.plan(desired, row.platform());
        Set<DriftKind> kinds = new LinkedHashSet<>();
        PlanStep.Visitor<DriftKind> kindOf = new KindOf(row);
        plan.steps().forEach(step -> kinds.add(step.accept(kindOf)));
        return new DriftVerdict(List.copyOf(kinds), plan.applyTo(row.platform()), row.platform(),
                desired.reason().map(Reason::name), false);
    }

    // A deletion is an orphan's only when billing does not list the account and the bridge never made it.
    private record KindOf(ComparedAccount row) implements PlanStep.Visitor<DriftKind> {

        @Override
        public DriftKind create(PlanStep.Create step) {
            return DriftKind.MISSING;
        }

        @Override
        public DriftKind enable(PlanStep.Enable step) {
            return DriftKind.SHOULD_BE_ENABLED;
        }

        @Override
        public DriftKind disable(PlanStep.Disable step) {
            return DriftKind.SHOULD_BE_DISABLED;
        }

        @Override
        public DriftKind setPackages(PlanStep.SetPackages step) {
            return DriftKind.WRONG_PACKAGES;
        }

        @Override
        public DriftKind changeProfile(PlanStep.ChangeProfile step) {
            return DriftKind.WRONG_PROFILE;
        }

        @Override
        public DriftKind delete(PlanStep.Delete step) {
            return row.account().isEmpty() && !row.provisionedBefore() ? DriftKind.ORPHAN : DriftKind.SHOULD_BE_DELETED;
        }
    }
}
