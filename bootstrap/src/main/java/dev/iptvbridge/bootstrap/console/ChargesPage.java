package dev.iptvbridge.bootstrap.console;

import dev.iptvbridge.application.port.in.ManageChargesUseCase;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.purchase.ChargeState;
import dev.iptvbridge.application.purchase.LedgerEntry;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /console/charges}: the purchase ledger, the parked charges with their reasons, and retry. */
final class ChargesPage implements ConsoleHandler {

    private static final int SHOWN = 100;

    private final ManageChargesUseCase charges;
    private final ConsoleAudit audit;

    ChargesPage(ManageChargesUseCase charges, ConsoleAudit audit) {
        this.charges = charges;
        this.audit = audit;
    }

    @Override
    public void handle(Context ctx, ConsoleSession session) {
        List<LedgerEntry> parked = charges.list(Optional.of(ChargeState.PARKED), SHOWN);
        StringBuilder body = new StringBuilder("<h2>Parked</h2>");
        if (parked.isEmpty()) {
            body.append("<p id=\"no-parked-charges\">no parked charges</p>");
        } else {
            body.append(table(parked, session, true)).append("<p>")
                    .append(Html.form("/console/charges/retry", session, Map.of(), "Retry all parked charges")).append("</p>");
        }
        body.append("<h2>Ledger (newest ").append(SHOWN).append(")</h2>")
                .append(table(charges.list(Optional.empty(), SHOWN), session, false));
        ctx.html(Html.page("Charges", session, body.toString()));
    }

    private static String table(List<LedgerEntry> entries, ConsoleSession session, boolean retry) {
        StringBuilder html = new StringBuilder("<table><tr><th>purchase</th><th>account</th><th>title</th><th>price</th>")
                .append("<th>state</th><th>attempts</th><th>reason</th><th></th></tr>");
        for (LedgerEntry entry : entries) {
            html.append("<tr><td>").append(Html.esc(entry.purchase().purchaseId())).append("</td><td>")
                    .append(Html.esc(entry.purchase().externalId())).append("</td><td>")
                    .append(Html.esc(entry.purchase().title())).append("</td><td>").append(Html.esc(entry.purchase().price()))
                    .append(' ').append(Html.esc(entry.purchase().currency())).append("</td><td>")
                    .append(Html.esc(entry.state())).append("</td><td>").append(entry.attempts()).append("</td><td>")
                    .append(Html.esc(entry.reason().orElse(""))).append("</td><td>")
                    .append(retry ? Html.form("/console/charges/retry", session,
                            Map.of("purchase", entry.purchase().purchaseId()), "Retry") : "").append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    /** Retries one parked purchase, or all of them: looked for in PortaBilling, charged or credited if absent. */
    ConsoleAction retry() {
        return new ConsoleAction() {
            @Override
            public String describe(Context ctx) {
                return purchase(ctx).map(id -> "Retry parked purchase " + id + " (charged or credited in PortaBilling "
                        + "unless it is found there)?").orElse("Retry every parked purchase?");
            }

            @Override
            public String run(Context ctx, ConsoleSession session) {
                Optional<String> purchase = purchase(ctx);
                int retried = charges.retry(purchase);
                audit.record(session, 0, AuditCategory.PORTABILLING, "retry-charges", retried + " parked purchase(s) "
                        + "retried" + purchase.map(id -> " (" + id + ")").orElse(""));
                return "<p id=\"result\">" + retried + " parked purchase(s) retried.</p>"
                        + "<p><a href=\"/console/charges\">Back to the charges</a></p>";
            }
        };
    }

    private static Optional<String> purchase(Context ctx) {
        return Optional.ofNullable(ctx.formParam("purchase")).filter(id -> !id.isBlank());
    }
}
