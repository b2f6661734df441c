package dev.iptvbridge.bootstrap.console;

import dev.iptvbridge.application.port.in.ExplainAccountUseCase;
import dev.iptvbridge.application.port.in.HistoryQuery;
import dev.iptvbridge.application.port.in.ShowHistoryUseCase;
import dev.iptvbridge.embedded.internal.view.ExplainView;
import dev.iptvbridge.embedded.internal.view.HistoryPeriodPart;
import dev.iptvbridge.embedded.internal.view.HistoryView;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code /console/account?account=N}: the explain view (billing, desired, observed, plan, queue entry) as
 * {@code GET /accounts/N} holds it, the service history as a timeline with its event ids, and the reconcile buttons.
 */
final class AccountPage implements ConsoleHandler {

    private final ExplainAccountUseCase explain;
    private final ShowHistoryUseCase history;

    AccountPage(ExplainAccountUseCase explain, ShowHistoryUseCase history) {
        this.explain = explain;
        this.history = history;
    }

    @Override
    public void handle(Context ctx, ConsoleSession session) {
        OptionalLong given = ConsolePaths.account(ctx.queryParam("account"));
        if (given.isEmpty()) {
            ctx.redirect("/console/queue");
            return;
        }
        long account = given.getAsLong();
        Map<String, String> fields = Map.of("account", "" + account);
        String body = "<p>" + Html.form("/console/account/reconcile", session, Map.of("account", "" + account,
                "dryRun", "true"), "Dry run") + " " + Html.form("/console/account/reconcile", session, fields,
                "Reconcile now") + "</p><h2>Explain</h2><div id=\"explain\">"
                + ExplainHtml.of(ExplainView.of(explain.explain(account))) + "</div>"
                + "<h2>Service history</h2>" + timeline(HistoryView.of(history.history(
                        new HistoryQuery(account, Optional.empty(), Optional.empty()))));
        ctx.html(Html.page("Account " + account, session, body));
    }

    private static String timeline(HistoryView view) {
        if (view.periods().isEmpty()) {
            return "<p id=\"timeline\">no service history: the bridge never gave this account a service package</p>";
        }
        StringBuilder table = new StringBuilder("<table id=\"timeline\"><tr><th>service package</th><th>state</th>"
                + "<th>from</th><th>to</th><th>reason</th><th>events</th></tr>");
        for (HistoryPeriodPart period : view.periods()) {
            table.append("<tr><td>").append(Html.esc(period.servicePackage())).append("</td><td>")
                    .append(Html.esc(period.state())).append("</td><td>").append(Html.esc(period.from())).append("</td><td>")
                    .append(period.to() == null ? "(lasting)" : Html.esc(period.to())).append("</td><td>")
                    .append(period.reason() == null ? "" : Html.esc(period.reason())).append("</td><td>")
                    .append(Html.esc(String.join(" ", period.events().stream().map(String::valueOf).toList())))
                    .append("</td></tr>");
        }
        return table.append("</table>").toString();
    }
}
