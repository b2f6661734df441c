package dev.iptvbridge.bootstrap.console;

import dev.iptvbridge.embedded.internal.view.AuditPart;
import dev.iptvbridge.embedded.internal.view.ExplainView;
import dev.iptvbridge.embedded.internal.view.StepPart;
import java.util.List;
import java.util.stream.Collectors;

/** The explain view (the record behind {@code GET /accounts/N}) as a page section: one row per part. */
final class ExplainHtml {

    private ExplainHtml() {
    }

    static String of(ExplainView view) {
        StringBuilder html = new StringBuilder("<p id=\"summary\"><strong>").append(Html.esc(view.summary()))
                .append("</strong></p>");
        view.unreadable().forEach((system, why) -> html.append("<p class=\"warn\">").append(Html.esc(system))
                .append(" could not be read: ").append(Html.esc(why)).append("</p>"));
        html.append("<table id=\"explain-parts\">");
        if (view.billing() != null) {
            row(html, "billing", "account " + view.billing().id() + " (i_account " + view.accountId() + "), customer "
                    + view.billing().customerId() + ", product " + view.billing().mainProduct() + ", add-ons " + view.billing().addons().size()
                    + (view.billing().blocked() ? ", blocked" : "") + ", bill status " + view.billing().billStatus());
        }
        if (view.desired() != null) {
            row(html, "desired", view.desired().state() + (view.desired().packages() == null ? ""
                    : ", packages " + String.join(" ", view.desired().packages()))
                    + (view.desired().reason() == null ? "" : " (" + view.desired().reason() + ")"));
        }
        row(html, "observed", view.observed() == null ? "no Minerva customer" : view.observed().status()
                + ", login " + view.observed().login() + ", packages " + String.join(" ", view.observed().packages()));
        row(html, "plan", view.plan().isEmpty() ? "nothing to do" : String.join("; ",
                view.plan().stream().map(ExplainHtml::step).toList()));
        if (view.transition() != null) {
            row(html, "would make", view.transition());
        }
        row(html, "queue entry", view.queue() == null ? "none" : view.queue().state() + ", " + view.queue().attempts()
                + " attempt(s), lane " + view.queue().lane() + (view.queue().lastError() == null ? ""
                : ", last error " + view.queue().lastError()) + ", events " + view.queue().eventIds().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        html.append("</table>");
        return html.append(audit(view.recentAudit())).toString();
    }

    private static String step(StepPart step) {
        return step.action() + (step.detail() == null ? "" : " (" + step.detail() + ")");
    }

    private static String audit(List<AuditPart> entries) {
        StringBuilder html = new StringBuilder("<h3>Recent audit</h3><table id=\"audit\"><tr><th>at</th><th>category</th>"
                + "<th>action</th><th>outcome</th><th>detail</th><th>events</th></tr>");
        for (AuditPart entry : entries) {
            html.append("<tr><td>").append(Html.esc(entry.at())).append("</td><td>").append(Html.esc(entry.category()))
                    .append("</td><td>").append(Html.esc(entry.action())).append("</td><td>").append(Html.esc(entry.outcome()))
                    .append("</td><td>").append(Html.esc(entry.detail())).append("</td><td>")
                    .append(Html.esc(entry.eventIds().stream().map(String::valueOf).collect(Collectors.joining(" "))))
                    .append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(Html.esc(label)).append("</th><td>").append(Html.esc(value)).append("</td></tr>");
    }
}
