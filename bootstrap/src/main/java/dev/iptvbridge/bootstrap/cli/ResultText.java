package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import dev.iptvbridge.domain.provisioning.Transition;
import java.util.List;

/** A reconcile's result as an operator reads it. */
final class ResultText implements ReconcileAccountResult.Visitor<String> {

    private static final ResultText LINES = new ResultText();

    private ResultText() {
    }

    static String of(ReconcileAccountResult result) {
        return "account " + result.accountId() + "\n" + result.accept(LINES);
    }

    @Override
    public String applied(ReconcileAccountResult.Applied result) {
        return found(result.reconciliation()) + did(result.steps(), result.transition());
    }

    @Override
    public String inStep(ReconcileAccountResult.InStep result) {
        return found(result.reconciliation()) + did(List.of(), Transition.NONE);
    }

    @Override
    public String planned(ReconcileAccountResult.Planned result) {
        return found(result.reconciliation()) + "  dry run:    nothing was changed\n";
    }

    @Override
    public String skipped(ReconcileAccountResult.Skipped result) {
        return "  skipped:    " + result.reason() + "\n";
    }

    @Override
    public String failed(ReconcileAccountResult.Failed result) {
        return found(result.reconciliation()) + did(result.applied(), result.transition())
                + "  FAILED:     " + result.cause().getMessage() + "\n";
    }

    @Override
    public String unread(ReconcileAccountResult.Unread result) {
        return "  FAILED:     nothing could be read: " + result.cause().getMessage() + "\n";
    }

    private static String found(Reconciliation first) {
        return "  desired:    " + first.desired() + "\n"
                + "  observed:   " + first.observed().map(Object::toString).orElse("no customer in Minerva") + "\n"
                + "  plan:       " + (first.plan().isEmpty() ? "nothing to do" : first.plan().steps()) + "\n";
    }

    private static String did(List<PlanStep> applied, Transition transition) {
        return "  applied:    " + (applied.isEmpty() ? "nothing" : applied) + "\n"
                + "  transition: " + transition.kind() + "\n";
    }
}
