package dev.iptvbridge.bootstrap.console;

import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.service.StepText;
import dev.iptvbridge.domain.provisioning.PlanStep;
import java.util.List;
import java.util.stream.Collectors;

/** A reconcile's result in words, one line per step, with the step names {@code reconcile} prints. */
final class ResultSummary implements ReconcileAccountResult.Visitor<String> {

    private static final ResultSummary SUMMARY = new ResultSummary();

    static String of(ReconcileAccountResult result) {
        return result.accept(SUMMARY);
    }

    @Override
    public String applied(ReconcileAccountResult.Applied result) {
        return "applied: " + result.transition() + "\n" + steps(result.steps());
    }

    @Override
    public String inStep(ReconcileAccountResult.InStep result) {
        return "in step: Minerva already holds what billing calls for; nothing to do";
    }

    @Override
    public String planned(ReconcileAccountResult.Planned result) {
        List<PlanStep> plan = result.reconciliation().plan().steps();
        return "dry run, nothing was changed; would make: " + result.reconciliation().transition() + "\n"
                + (plan.isEmpty() ? "  no step: in step" : steps(plan));
    }

    @Override
    public String skipped(ReconcileAccountResult.Skipped result) {
        return "skipped: " + result.reason();
    }

    @Override
    public String failed(ReconcileAccountResult.Failed result) {
        return "failed: " + result.cause().getMessage() + "\napplied before it:\n" + steps(result.applied());
    }

    @Override
    public String unread(ReconcileAccountResult.Unread result) {
        return "could not read the account: " + result.cause().getMessage();
    }

    private static String steps(List<PlanStep> steps) {
        return steps.stream().map(step -> "  " + StepText.name(step) + ": " + StepText.describe(step))
                .collect(Collectors.joining("\n"));
    }
}
