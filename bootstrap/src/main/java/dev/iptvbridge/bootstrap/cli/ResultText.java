package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.domain.provisioning.Reconciliation;

/** A reconcile's result as an operator reads it. */
final class ResultText {

    private ResultText() {
    }

    static String of(ReconcileAccountResult result, boolean dryRun) {
        StringBuilder text = new StringBuilder("account " + result.accountId() + "\n");
        result.first().ifPresent(first -> describe(first, text));
        result.skipped().ifPresent(why -> text.append("  skipped:    ").append(why).append('\n'));
        if (dryRun) {
            text.append("  dry run:    nothing was changed\n");
        } else {
            text.append("  applied:    ").append(result.applied().isEmpty() ? "nothing" : result.applied()).append('\n');
            text.append("  transition: ").append(result.transition().kind()).append('\n');
        }
        result.failure().ifPresent(failure -> text.append("  FAILED:     ").append(failure.getMessage()).append('\n'));
        return text.toString();
    }

    private static void describe(Reconciliation first, StringBuilder text) {
        text.append("  desired:    ").append(first.desired()).append('\n');
        text.append("  observed:   ").append(first.observed().map(Object::toString).orElse("no customer in Minerva"))
                .append('\n');
        text.append("  plan:       ").append(first.plan().isEmpty() ? "nothing to do" : first.plan().steps()).append('\n');
    }
}
