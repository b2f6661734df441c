package dev.iptvbridge.bootstrap.http;

import dev.iptvbridge.application.port.in.HistoryQuery;
import dev.iptvbridge.application.port.in.ShowHistoryUseCase;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.view.HistoryJson;
import dev.iptvbridge.embedded.internal.view.HistoryView;
import dev.iptvbridge.embedded.internal.view.HistoryWindow;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Map;

/** {@code GET /accounts/{i_account}/history?from=&to=}: the service history view, for admins. */
public final class HistoryRoute {

    private final ShowHistoryUseCase history;
    private final AdminAuth adminAuth;

    @Inject
    public HistoryRoute(ShowHistoryUseCase history, BridgeConfig config) {
        this.history = history;
        this.adminAuth = new AdminAuth(config.admin().username(), config.admin().password());
    }

    void handle(Context ctx) {
        if (!adminAuth.allows(ctx)) {
            adminAuth.refuse(ctx);
            return;
        }
        HistoryQuery query;
        try {
            query = HistoryWindow.query(Long.parseLong(ctx.pathParam("account")), ctx.queryParam("from"),
                    ctx.queryParam("to"));
        } catch (NumberFormatException notNumber) {
            ctx.status(400).json(Map.of("error", "'" + ctx.pathParam("account") + "' is not an i_account number"));
            return;
        } catch (IllegalArgumentException wrong) {
            ctx.status(400).json(Map.of("error", wrong.getMessage()));
            return;
        }
        try {
            // The very JSON `history --format json` prints.
            ctx.contentType("application/json").result(HistoryJson.write(HistoryView.of(history.history(query))));
        } catch (IntegrationException failure) {
            ctx.status(503).json(Map.of("error", "cannot read the service history of account " + query.account()
                    + ": " + failure.getMessage()));
        }
    }
}
