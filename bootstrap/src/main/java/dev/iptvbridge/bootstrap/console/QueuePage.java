package dev.iptvbridge.bootstrap.console;

import dev.iptvbridge.application.port.in.ManageParkedUseCase;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.WorkKind;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** {@code /console/queue}: the parked entries with their error and attempts, retry one or all, find an account. */
final class QueuePage implements ConsoleHandler {

    private final ManageParkedUseCase parked;
    private final ConsoleAudit audit;

    QueuePage(ManageParkedUseCase parked, ConsoleAudit audit) {
        this.parked = parked;
        this.audit = audit;
    }

    @Override
    public void handle(Context ctx, ConsoleSession session) {
        List<QueueEntry> entries = parked.parked(200);
        StringBuilder body = new StringBuilder("<form method=\"get\" action=\"/console/account\"><label>Find an account "
                + "(i_account) <input name=\"account\" id=\"find-account\"></label> <button type=\"submit\">Open</button>"
                + "</form><h2>Parked</h2>");
        if (entries.isEmpty()) {
            body.append("<p id=\"no-parked\">no parked entries</p>");
        } else {
            body.append("<table id=\"parked\"><tr><th>entry</th><th>attempts</th><th>queued at</th><th>last error</th>")
                    .append("<th></th></tr>");
            for (QueueEntry entry : entries) {
                boolean account = entry.key().kind() == WorkKind.ACCOUNT;
                String who = account ? "<a href=\"/console/account?account=" + entry.key().id() + "\">"
                        + entry.key().id() + "</a>" : "customer " + entry.key().id();
                // The queue counts retries; the attempt that parked it is one more (as `parked` prints).
                body.append("<tr id=\"parked-").append(entry.key().id()).append("\"><td>").append(who).append("</td><td>")
                        .append(entry.attempts() + 1).append("</td><td>").append(Html.esc(entry.queuedAt())).append("</td><td>")
                        .append(Html.esc(entry.lastError().orElse(""))).append("</td><td>")
                        .append(account ? Html.form("/console/queue/retry", session,
                                Map.of("account", "" + entry.key().id()), "Retry") : "").append("</td></tr>");
            }
            body.append("</table><p>").append(Html.form("/console/queue/retry", session, Map.of(), "Retry all parked"))
                    .append("</p>");
        }
        ctx.html(Html.page("Queue", session, body.toString()));
    }

    /** Queues one parked account, or every parked entry, again. */
    ConsoleAction retry() {
        return new ConsoleAction() {
            @Override
            public String describe(Context ctx) {
                OptionalLong account = ConsolePaths.account(ctx.formParam("account"));
                return account.isPresent() ? "Queue parked account " + account.getAsLong() + " again?"
                        : "Queue every parked entry again?";
            }

            @Override
            public String run(Context ctx, ConsoleSession session) {
                OptionalLong account = ConsolePaths.account(ctx.formParam("account"));
                int retried = parked.retryParked(account);
                audit.record(session, account.orElse(0), AuditCategory.TRANSITION, "retry-parked",
                        retried + (retried == 1 ? " parked entry" : " parked entries") + " queued again");
                return "<p id=\"result\">" + retried + (retried == 1 ? " parked entry" : " parked entries")
                        + " queued again; the workers pick them up.</p>" + (account.isPresent()
                        ? "<p><a id=\"to-account\" href=\"/console/account?account=" + account.getAsLong()
                        + "\">Open account " + account.getAsLong() + "</a></p>" : "")
                        + "<p><a href=\"/console/queue\">Back to the queue</a></p>";
            }
        };
    }
}
