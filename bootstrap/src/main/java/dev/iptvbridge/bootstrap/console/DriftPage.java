package dev.iptvbridge.bootstrap.console;

import dev.iptvbridge.application.port.in.CompareCommand;
import dev.iptvbridge.application.port.in.CompareSystemsUseCase;
import dev.iptvbridge.application.port.in.ProgressListener;
import dev.iptvbridge.application.port.in.ReadDriftUseCase;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.ComparisonRecord;
import dev.iptvbridge.application.port.out.Difference;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /console/drift}: the last comparison's counts and differences; a dry run; queueing the differences. */
final class DriftPage implements ConsoleHandler {

    private static final int SHOWN = 50;

    private final ReadDriftUseCase drift;
    private final CompareSystemsUseCase compare;
    private final ConsoleAudit audit;

    DriftPage(ReadDriftUseCase drift, CompareSystemsUseCase compare, ConsoleAudit audit) {
        this.drift = drift;
        this.compare = compare;
        this.audit = audit;
    }

    @Override
    public void handle(Context ctx, ConsoleSession session) {
        String body = "<p>" + Html.form("/console/drift/compare", session, Map.of("dryRun", "true"), "Dry run")
                + " " + Html.form("/console/drift/compare", session, Map.of(), "Compare and queue the differences")
                + "</p><h2>Last comparison</h2>" + drift.lastCompared().map(this::report)
                .orElse("<p>no comparison has completed yet</p>");
        ctx.html(Html.page("Drift", session, body));
    }

    private String report(ComparisonRecord run) {
        StringBuilder html = new StringBuilder("<p id=\"run\">run ").append(Html.esc(run.run()))
                .append(run.dryRun() ? " (dry run)" : "").append(", ").append(Html.esc(run.startedAt())).append(" to ")
                .append(Html.esc(run.finishedAt())).append(": ").append(run.accounts()).append(" accounts, ")
                .append(run.customers()).append(" customers, ").append(run.queued()).append(" queued, ")
                .append(drift.stillQueued(run.run())).append(" still waiting</p><table id=\"counts\"><tr><th>kind</th>")
                .append("<th>count</th></tr>");
        run.counts().forEach((kind, count) -> html.append("<tr><td>").append(Html.esc(kind)).append("</td><td>")
                .append(count).append("</td></tr>"));
        html.append("</table><h3>Differences (first ").append(SHOWN).append(")</h3><table id=\"differences\"><tr>")
                .append("<th>account</th><th>kind</th><th>reason</th><th>queued</th></tr>");
        for (Difference difference : drift.differencesAfter(run.run(), 0, SHOWN)) {
            String account = difference.account().isPresent() ? "<a href=\"/console/account?account="
                    + difference.account().getAsLong() + "\">" + difference.account().getAsLong() + "</a>"
                    : Html.esc(difference.externalId().orElse(""));
            html.append("<tr><td>").append(account).append("</td><td>").append(Html.esc(difference.kind()))
                    .append("</td><td>").append(Html.esc(difference.reason().orElse(""))).append("</td><td>")
                    .append(difference.queued() ? "yes" : "no").append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    /** Runs a comparison: a dry run reports only, otherwise the differing accounts are queued. */
    ConsoleAction compare() {
        return new ConsoleAction() {
            @Override
            public String describe(Context ctx) {
                return "true".equals(ctx.formParam("dryRun"))
                        ? "Compare every account with Minerva and report the differences, queueing nothing?"
                        : "Compare every account with Minerva and queue every account that differs?";
            }

            @Override
            public String run(Context ctx, ConsoleSession session) {
                boolean dryRun = "true".equals(ctx.formParam("dryRun"));
                if (!dryRun) {
                    audit.record(session, 0, AuditCategory.COMPARISON, "reconcile --all", "comparison queueing differences");
                }
                return compare.compare(new CompareCommand(dryRun, false), ProgressListener.NONE).map(run ->
                        "<div id=\"result\">" + report(run) + "</div>").orElse("<p id=\"result\" class=\"warn\">another "
                        + "comparison is running (here or in another bridge); try again when it has finished</p>");
            }
        };
    }
}
