package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.embedded.internal.view.AccountPart;
import dev.iptvbridge.embedded.internal.view.AuditPart;
import dev.iptvbridge.embedded.internal.view.CustomerPart;
import dev.iptvbridge.embedded.internal.view.DesiredPart;
import dev.iptvbridge.embedded.internal.view.ExplainView;
import dev.iptvbridge.embedded.internal.view.MinervaCustomerPart;
import dev.iptvbridge.embedded.internal.view.QueuePart;
import dev.iptvbridge.embedded.internal.view.StepPart;
import java.util.List;
import java.util.stream.Collectors;

/** The explain view for people: the summary, one line per part, then the audit trail. Built from the JSON's record. */
final class ExplainText {

    private static final String LINE = "  %-13s%s%n";

    private ExplainText() {
    }

    static String of(ExplainView view) {
        StringBuilder text = new StringBuilder();
        text.append("account ").append(view.accountId()).append(": ").append(view.summary()).append('\n');
        view.unreadable().forEach((system, error) -> line(text, "unreadable", system + " could not be read: " + error));
        if (!view.unreadable().containsKey(ExplainView.PORTABILLING)) {
            line(text, "billing", view.billing() == null ? "no such account" : account(view.billing(), view.customer()));
            if (view.desired() != null) {
                line(text, "desired", desired(view.desired()));
            }
        }
        if (!view.unreadable().containsKey(ExplainView.MINERVA)) {
            line(text, "minerva", view.observed() == null ? "no customer" : customer(view.observed()));
        }
        if (view.plan() != null) {
            line(text, "plan", view.plan().isEmpty() ? "nothing to do" : steps(view.plan()));
            line(text, "transition", view.transition());
        }
        line(text, "queue", view.queue() == null ? "no entry" : queue(view.queue()));
        line(text, "last applied", view.lastApplied() == null ? "never: the bridge has changed nothing in Minerva"
                : view.lastApplied().at() + ": " + (view.lastApplied().customer() == null ? "customer deleted"
                : customer(view.lastApplied().customer())));
        if (view.recentAudit().isEmpty()) {
            text.append("no audit lines\n");
        } else {
            text.append("audit, newest first:\n");
            for (AuditPart entry : view.recentAudit()) {
                text.append(String.format("  %s  %-12s %-16s %-8s %s%s%n", entry.at(), entry.category(), entry.action(),
                        entry.outcome(), entry.detail(), entry.eventIds().isEmpty() ? "" : "  events " + entry.eventIds()));
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(LINE, label, value));
    }

    private static String account(AccountPart account, CustomerPart customer) {
        String addOns = account.addons().isEmpty() ? "no add-ons" : "add-ons " + account.addons().stream()
                .map(addOn -> addOn.product() + " (" + addOn.effectiveFrom() + " to " + addOn.effectiveTo() + ")")
                .collect(Collectors.joining(", "));
        return account.id() + ", bill status " + account.billStatus() + (account.blocked() ? ", blocked" : "")
                + ", product " + account.mainProduct() + ", " + addOns + "; customer " + account.customerId()
                + (customer == null ? " not found in billing"
                : " " + customer.name() + " " + customer.status() + (customer.blocked() ? ", blocked" : ""));
    }

    private static String desired(DesiredPart desired) {
        StringBuilder text = new StringBuilder(desired.state());
        if (desired.login() != null) {
            text.append(" as ").append(desired.login());
        }
        if (desired.packages() != null) {
            text.append(" with ").append(desired.packages().isEmpty() ? "no packages" : String.join(", ", desired.packages()));
        }
        if (Boolean.TRUE.equals(desired.wholeHomeDvr())) {
            text.append(" and whole-home DVR");
        }
        if (desired.reason() != null) {
            text.append(" (").append(desired.reason()).append(')');
        }
        return text.toString();
    }

    private static String customer(MinervaCustomerPart customer) {
        return customer.login() + " " + customer.status() + " with "
                + (customer.packages().isEmpty() ? "no packages" : String.join(", ", customer.packages()))
                + (customer.wholeHomeDvr() ? " and whole-home DVR" : "");
    }

    private static String steps(List<StepPart> plan) {
        return plan.stream().map(StepPart::detail).collect(Collectors.joining("; then "));
    }

    private static String queue(QueuePart entry) {
        return entry.state() + ", " + entry.attempts() + " attempts, due " + entry.dueAt()
                + (entry.run() == null ? "" : ", in the sweep lane for " + entry.run())
                + (entry.owner() == null ? "" : ", held by " + entry.owner())
                + (entry.lastError() == null ? "" : ", last error: " + entry.lastError());
    }
}
