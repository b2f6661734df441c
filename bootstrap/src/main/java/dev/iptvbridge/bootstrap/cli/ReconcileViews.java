package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.HeldReconcile;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.service.StepText;
import dev.iptvbridge.bootstrap.cli.ReconcileView.Outcome;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Reason;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import dev.iptvbridge.domain.provisioning.Transition;
import java.util.List;

/** A reconcile's result as {@link ReconcileView}: each outcome, desired state and step mapped field by field. */
final class ReconcileViews implements ReconcileAccountResult.Visitor<ReconcileView> {

    private static final ReconcileViews VIEWS = new ReconcileViews();

    private ReconcileViews() {
    }

    static ReconcileView of(ReconcileAccountResult result) {
        return result.accept(VIEWS);
    }

    static ReconcileView busy(long account, HeldReconcile.HeldElsewhere held) {
        return new ReconcileView(account, Outcome.BUSY, null, null, List.of(), List.of(), Transition.NONE.kind().name(),
                null, "being reconciled by " + held.owner() + " until " + held.leaseUntil() + "; nothing was done",
                held.owner(), held.leaseUntil());
    }

    @Override
    public ReconcileView applied(ReconcileAccountResult.Applied result) {
        return found(result.accountId(), Outcome.APPLIED, result.reconciliation(), result.steps(), result.transition(), null);
    }

    @Override
    public ReconcileView inStep(ReconcileAccountResult.InStep result) {
        return found(result.accountId(), Outcome.IN_STEP, result.reconciliation(), List.of(), Transition.NONE, null);
    }

    @Override
    public ReconcileView planned(ReconcileAccountResult.Planned result) {
        // A dry run makes no transition; the one the plan would make is shown, as explain does.
        Reconciliation found = result.reconciliation();
        return found(result.accountId(), Outcome.PLANNED, found, List.of(), found.transition(), null);
    }

    @Override
    public ReconcileView skipped(ReconcileAccountResult.Skipped result) {
        return new ReconcileView(result.accountId(), Outcome.SKIPPED, null, null, List.of(), List.of(),
                Transition.NONE.kind().name(), null, result.reason(), null, null);
    }

    @Override
    public ReconcileView failed(ReconcileAccountResult.Failed result) {
        return found(result.accountId(), Outcome.FAILED, result.reconciliation(), result.applied(), result.transition(),
                result.cause().getMessage());
    }

    @Override
    public ReconcileView unread(ReconcileAccountResult.Unread result) {
        return new ReconcileView(result.accountId(), Outcome.UNREAD, null, null, List.of(), List.of(),
                Transition.NONE.kind().name(), null, "nothing could be read: " + result.cause().getMessage(), null, null);
    }

    private static ReconcileView found(long account, Outcome outcome, Reconciliation found, List<PlanStep> applied,
                                       Transition transition, String message) {
        return new ReconcileView(account, outcome, desired(found.desired()),
                found.observed().map(ReconcileViews::observed).orElse(null), steps(found.plan().steps()),
                steps(applied), transition.kind().name(), transition.reason().map(Reason::description).orElse(null),
                message, null, null);
    }

    private static ReconcileView.Customer observed(IptvCustomer customer) {
        return new ReconcileView.Customer(customer.status().name(), customer.login(), customer.name(),
                List.copyOf(customer.packages()), customer.wholeHomeDvr(), null);
    }

    private static ReconcileView.Customer desired(DesiredCustomer desired) {
        return desired.accept(new DesiredCustomer.Visitor<>() {
            @Override
            public ReconcileView.Customer absent(DesiredCustomer.Absent absent) {
                return new ReconcileView.Customer("ABSENT", null, null, null, null, absent.cause().description());
            }

            @Override
            public ReconcileView.Customer disabled(DesiredCustomer.Disabled disabled) {
                return new ReconcileView.Customer("DISABLED", disabled.profile().login(), disabled.profile().name(),
                        null, null, disabled.cause().description());
            }

            @Override
            public ReconcileView.Customer enabled(DesiredCustomer.Enabled enabled) {
                return new ReconcileView.Customer("ENABLED", enabled.profile().login(), enabled.profile().name(),
                        List.copyOf(enabled.entitlement().minervaPackages()), enabled.entitlement().wholeHomeDvr(), null);
            }
        });
    }

    private static List<ReconcileView.Step> steps(List<PlanStep> steps) {
        return steps.stream().map(step -> new ReconcileView.Step(StepText.name(step), StepText.describe(step))).toList();
    }
}
