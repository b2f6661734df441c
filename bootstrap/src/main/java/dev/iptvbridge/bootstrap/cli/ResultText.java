package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import java.util.List;
import java.util.Locale;

/** A reconcile's result as an operator reads it: each customer in words, each step on its own line. */
final class ResultText {

    private static final String INDENT = "              ";

    private ResultText() {
    }

    static String of(ReconcileAccountResult result) {
        return of(ReconcileViews.of(result));
    }

    static String of(ReconcileView view) {
        StringBuilder text = new StringBuilder("account ").append(view.account()).append('\n');
        switch (view.outcome()) {
            case SKIPPED:
                return line(text, "skipped:", view.message()).toString();
            case UNREAD:
                return line(text, "FAILED:", view.message()).toString();
            case BUSY:
                return line(text, "busy:", view.message()).toString();
            default:
                break;
        }
        line(text, "desired:", customer(view.desired()));
        line(text, "observed:", view.observed() == null ? "no customer in Minerva" : customer(view.observed()));
        steps(text, "plan:", view.plan(), "nothing to do");
        if (view.outcome() == ReconcileView.Outcome.PLANNED) {
            line(text, "would make:", transition(view));
            return line(text, "dry run:", "nothing was changed").toString();
        }
        steps(text, "applied:", view.applied(), "nothing");
        line(text, "transition:", transition(view));
        if (view.outcome() == ReconcileView.Outcome.FAILED) {
            line(text, "FAILED:", view.message());
        }
        return text.toString();
    }

    // "enabled, login alice@tv.example, packages CH-BASIC, CH-SPORTS, whole-home DVR off"
    static String customer(ReconcileView.Customer customer) {
        StringBuilder text = new StringBuilder(customer.status().toLowerCase(Locale.ROOT));
        if (customer.reason() != null) {
            text.append(" (").append(customer.reason()).append(')');
        }
        if (customer.login() != null) {
            text.append(", login ").append(customer.login());
        }
        if (customer.packages() != null) {
            text.append(customer.packages().isEmpty() ? ", no packages" : ", packages " + String.join(", ", customer.packages()));
        } else if (customer.login() != null) {
            text.append(", packages kept as they are");
        }
        if (customer.wholeHomeDvr() != null) {
            text.append(", whole-home DVR ").append(customer.wholeHomeDvr() ? "on" : "off");
        }
        return text.toString();
    }

    private static String transition(ReconcileView view) {
        return view.transition() + (view.reason() == null ? "" : " (" + view.reason() + ")");
    }

    private static void steps(StringBuilder text, String label, List<ReconcileView.Step> steps, String none) {
        if (steps.isEmpty()) {
            line(text, label, none);
            return;
        }
        int width = steps.stream().mapToInt(step -> step.step().length()).max().orElse(0);
        for (int i = 0; i < steps.size(); i++) {
            ReconcileView.Step step = steps.get(i);
            String words = String.format("%-" + width + "s  %s", step.step(), step.description());
            if (i == 0) {
                line(text, label, words);
            } else {
                text.append(INDENT).append(words).append('\n');
            }
        }
    }

    private static StringBuilder line(StringBuilder text, String label, String value) {
        return text.append(String.format("  %-12s", label)).append(value).append('\n');
    }
}
