package dev.iptvbridge.bootstrap.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.iptvbridge.application.port.in.ExplainAccountUseCase;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.bootstrap.console.ConsoleRoutes;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.view.ExplainJson;
import dev.iptvbridge.embedded.internal.view.ExplainView;
import dev.iptvbridge.embedded.internal.worker.WorkerPool;
import dev.iptvbridge.embedded.internal.metrics.RemoteSystems;
import dev.iptvbridge.embedded.internal.runtime.StartupChecks;
import dev.iptvbridge.embedded.internal.worker.CatalogWatcher;
import dev.iptvbridge.persistence.Database;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The daemon's HTTP server: webhook, health, metrics and the explain view. */
@Singleton
public final class HttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final BridgeConfig config;
    private final WebhookHandler webhook;
    private final ExplainAccountUseCase explain;
    private final Database database;
    private final WorkerPool workers;
    private final PrometheusMeterRegistry metrics;
    private final AdminAuth adminAuth;
    private final RemoteSystems remoteSystems;
    private final StartupChecks startupChecks;
    private final HistoryRoute history;
    private Javalin server;
    private CatalogWatcher catalog;
    private ConsoleRoutes console;

    /** The operator console, served under {@code /console} on the same port. */
    @Inject
    void serveConsole(ConsoleRoutes routes) {
        this.console = routes;
    }

    /** The catalog's watcher, whose refusal of a new catalog file {@code /health/ready} names. */
    @Inject
    void watchCatalog(CatalogWatcher watcher) {
        this.catalog = watcher;
    }

    @Inject
    public HttpApi(BridgeConfig config, WebhookHandler webhook, ExplainAccountUseCase explain, Database database,
                   WorkerPool workers, PrometheusMeterRegistry metrics, RemoteSystems remoteSystems,
                   StartupChecks startupChecks, HistoryRoute history) {
        this.history = history;
        this.remoteSystems = remoteSystems;
        this.startupChecks = startupChecks;
        this.config = config;
        this.webhook = webhook;
        this.explain = explain;
        this.database = database;
        this.workers = workers;
        this.metrics = metrics;
        this.adminAuth = new AdminAuth(config.admin().username(), config.admin().password());
    }

    public synchronized int start() {
        server = Javalin.create(cfg -> {
            cfg.http.maxRequestSize = Math.max(1_048_576L, config.webhook().maxBodyBytes() * 2L);
            cfg.jsonMapper(new JavalinJackson(JSON, false));
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = config.http().host();
            cfg.jetty.port = config.http().port();
            cfg.jetty.modifyServer(jettyServer -> new JettyMetrics().install(jettyServer, metrics));
            if (config.http().tls().enabled()) {
                cfg.jetty.addConnector((jettyServer, http) -> HttpsConnector.create(jettyServer, http, config.http().tls(),
                        config.http().host(), config.http().port()));
            }
            cfg.routes.post(config.webhook().path(), webhook::handle);
            cfg.routes.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")));
            cfg.routes.get("/health/ready", this::ready);
            cfg.routes.get("/metrics", this::metrics);
            cfg.routes.get("/accounts/{account}", this::explain);
            cfg.routes.get("/accounts/{account}/history", history::handle);
            console.register(cfg.routes);
        }).start();
        LOG.info("listening on {}://{}:{}; ESPF webhook at {}{}", config.http().tls().enabled() ? "https" : "http",
                config.http().host(), server.port(), config.webhook().path(),
                config.http().metricsAuth() ? "; /metrics asks for the admin credentials" : "");
        return server.port();
    }

    public synchronized void stop() {
        webhook.stopAccepting();
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private void metrics(Context ctx) {
        if (config.http().metricsAuth() && !adminAuth.allows(ctx)) {
            adminAuth.refuse(ctx);
            return;
        }
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }

    private void ready(Context ctx) {
        Readiness readiness = Readiness.of(database.isReady(), workers.isRunning(), remoteSystems.checks(),
                startupChecks.outcomes(), catalog.refused());
        ctx.status(readiness.httpStatus()).json(readiness.body());
    }

    private void explain(Context ctx) {
        if (!adminAuth.allows(ctx)) {
            ctx.status(401).header("WWW-Authenticate", "Basic realm=\"iptv-bridge admin\"")
                    .json(Map.of("error", "admin credentials required (admin.username / admin.password)"));
            return;
        }
        long account;
        try {
            account = Long.parseLong(ctx.pathParam("account"));
        } catch (NumberFormatException notNumber) {
            ctx.status(400).json(Map.of("error", "'" + ctx.pathParam("account") + "' is not an i_account number"));
            return;
        }
        try {
            // The very JSON `explain --format json` prints: one view, one writer.
            ctx.contentType("application/json").result(ExplainJson.write(ExplainView.of(explain.explain(account))));
        } catch (IntegrationException failure) {
            // Billing or Minerva being down is in the view; this is the bridge's own database.
            ctx.status(503).json(Map.of("error", "cannot read the bridge's records of account " + account + ": "
                    + failure.getMessage()));
        }
    }
}
