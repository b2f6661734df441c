package dev.iptvbridge.bootstrap.console;

import dev.iptvbridge.application.port.in.CheckCatalogUseCase;
import dev.iptvbridge.application.port.in.CompareSystemsUseCase;
import dev.iptvbridge.application.port.in.DiffCatalogUseCase;
import dev.iptvbridge.application.port.in.ExplainAccountUseCase;
import dev.iptvbridge.application.port.in.ManageChargesUseCase;
import dev.iptvbridge.application.port.in.ManageParkedUseCase;
import dev.iptvbridge.application.port.in.ProcessWorkUseCase;
import dev.iptvbridge.application.port.in.ReadDriftUseCase;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.application.port.in.ShowHistoryUseCase;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.application.service.ActiveCatalog;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.metrics.RemoteSystems;
import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The operator console's routes under {@code /console}, added to the daemon's HTTP server. */
@Singleton
public final class ConsoleRoutes {

    private final ConsoleGuard guard;
    private final OverviewPage overview;
    private final QueuePage queue;
    private final AccountPage account;
    private final ReconcileAction reconcile;
    private final DriftPage drift;
    private final CatalogPage catalog;
    private final ChargesPage charges;

    @Inject
    public ConsoleRoutes(BridgeConfig config, Clock clock, WorkQueuePort work, RemoteSystems remotes,
                         PrometheusMeterRegistry metrics, AuditLogPort auditLog, ReadDriftUseCase readDrift,
                         CompareSystemsUseCase compare, ManageParkedUseCase parked, ExplainAccountUseCase explain,
                         ShowHistoryUseCase history, ReconcileAccountUseCase reconcileAccount, ProcessWorkUseCase process,
                         ActiveCatalog activeCatalog, CheckCatalogUseCase checkCatalog, DiffCatalogUseCase diffCatalog,
                         ManageChargesUseCase manageCharges) {
        ConsoleAudit audit = new ConsoleAudit(auditLog, clock);
        this.guard = new ConsoleGuard(new ConsoleSessions(clock), config.admin().username(), config.admin().password(),
                config.http().tls().enabled());
        this.overview = new OverviewPage(work, remotes, readDrift, new EventRate(metrics), clock);
        this.queue = new QueuePage(parked, audit);
        this.account = new AccountPage(explain, history);
        this.reconcile = new ReconcileAction(reconcileAccount, process, audit);
        this.drift = new DriftPage(readDrift, compare, audit);
        this.catalog = new CatalogPage(activeCatalog, checkCatalog, diffCatalog, config.catalog());
        this.charges = new ChargesPage(manageCharges, audit);
    }

    public void register(RoutesConfig routes) {
        routes.get("/console/login", guard::loginForm);
        routes.post("/console/login", guard::login);
        routes.post("/console/logout", guard::logout);
        routes.get("/console", guard.page(overview));
        routes.get("/console/queue", guard.page(queue));
        routes.post("/console/queue/retry", guard.action("Retry parked", queue.retry()));
        routes.get("/console/account", guard.page(account));
        routes.post("/console/account/reconcile", guard.action("Reconcile", reconcile));
        routes.get("/console/drift", guard.page(drift));
        routes.post("/console/drift/compare", guard.action("Comparison", drift.compare()));
        routes.get("/console/catalog", guard.page(catalog));
        routes.post("/console/catalog/diff", guard.post(catalog::diff));
        routes.get("/console/charges", guard.page(charges));
        routes.post("/console/charges/retry", guard.action("Retry charges", charges.retry()));
    }
}
