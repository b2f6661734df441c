package dev.iptvbridge.embedded.internal.runtime;

import dev.iptvbridge.application.port.in.AccountExplanation;
import dev.iptvbridge.application.port.in.ExplainAccountUseCase;
import dev.iptvbridge.application.port.in.HeldReconcile;
import dev.iptvbridge.application.port.in.ProcessWorkUseCase;
import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.embedded.internal.espf.EspfIntake;
import dev.iptvbridge.embedded.internal.metrics.BridgeMetrics;
import dev.iptvbridge.embedded.internal.metrics.RemoteSystems;
import dev.iptvbridge.embedded.internal.worker.CatalogWatcher;
import dev.iptvbridge.embedded.internal.worker.Housekeeping;
import dev.iptvbridge.embedded.internal.worker.RevenueSchedule;
import dev.iptvbridge.application.port.in.ShowHistoryUseCase;
import dev.iptvbridge.embedded.internal.view.HistoryJson;
import dev.iptvbridge.embedded.internal.view.HistoryView;
import dev.iptvbridge.embedded.internal.view.HistoryWindow;
import dev.iptvbridge.embedded.internal.worker.PurchaseFeedRunner;
import dev.iptvbridge.embedded.internal.worker.StatusReportSender;
import dev.iptvbridge.embedded.internal.worker.WorkerPool;
import dev.iptvbridge.persistence.Database;
import dev.iptvbridge.persistence.MigrationReport;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running parts of an embedded bridge, without an HTTP server or a command line: what the
 * public face ({@code dev.iptvbridge.embedded.IptvBridgeHost}) drives. Internal.
 */
@Singleton
public final class HostRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(HostRuntime.class);
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);
    /** The name under which {@link #degraded()} and {@code /health/ready} show a refused catalog file. */
    public static final String CATALOG_RELOAD = "catalog-reload";
    private static final String OWNER = ManagementFactory.getRuntimeMXBean().getName() + "/host-reconcile";

    private final Database database;
    private final WorkerPool workers;
    private final Housekeeping housekeeping;
    private final BridgeMetrics metrics;
    private final WorkQueuePort queue;
    private final EspfIntake espf;
    private final ProcessWorkUseCase work;
    private final ExplainAccountUseCase explain;
    private final StatusReportSender statusSender;
    private final StatusOutboxPort statusOutbox;
    private final RemoteSystems remoteSystems;
    private final StartupChecks checks;
    private CatalogWatcher catalog;
    private final RevenueSchedule revenue;
    private final ShowHistoryUseCase history;
    private final PurchaseFeedRunner purchases;
    private boolean migrated;
    private boolean queueWatched;
    private boolean running;

    @Inject
    public HostRuntime(Database database, WorkerPool workers, Housekeeping housekeeping, BridgeMetrics metrics,
                       WorkQueuePort queue, EspfIntake espf, ProcessWorkUseCase work, ExplainAccountUseCase explain,
                       StatusReportSender statusSender, StatusOutboxPort statusOutbox, RemoteSystems remoteSystems,
                       StartupChecks checks, RevenueSchedule revenue, ShowHistoryUseCase history,
                       PurchaseFeedRunner purchases) {
        this.history = history;
        this.revenue = revenue;
        this.checks = checks;
        this.purchases = purchases;
        this.database = database;
        this.workers = workers;
        this.housekeeping = housekeeping;
        this.metrics = metrics;
        this.queue = queue;
        this.espf = espf;
        this.work = work;
        this.explain = explain;
        this.statusSender = statusSender;
        this.statusOutbox = statusOutbox;
        this.remoteSystems = remoteSystems;
    }

    /** Brings the schema up to date; safe to repeat and beside other bridges on the same database. */
    public synchronized String migrate() {
        MigrationReport migration = database.migrate();
        String report = "schema at version " + migration.currentVersion() + ", " + migration.applied()
                + " migration(s) applied now";
        migrated = true;
        LOG.info("database ready: {}", report);
        return report;
    }

    public synchronized void startWorkers() {
        if (running) {
            return;
        }
        if (!migrated) {
            migrate();
        }
        if (!queueWatched) {
            metrics.watchQueue(queue);
            metrics.watchStatusOutbox(statusOutbox);
            metrics.watchPool(database);
            queueWatched = true;
        }
        checks.verifyAtStart();
        remoteSystems.start();
        checks.start();
        workers.start();
        statusSender.start();
        housekeeping.start();
        revenue.start();
        purchases.start();
        running = true;
    }

    public synchronized void stopWorkers() {
        if (!running) {
            return;
        }
        running = false;
        purchases.stop(SHUTDOWN_GRACE);
        housekeeping.stop();
        revenue.stop();
        workers.stop(SHUTDOWN_GRACE);
        statusSender.stop(SHUTDOWN_GRACE);
        checks.stop();
        remoteSystems.stop();
    }

    /** The catalog's watcher, whose refusal of a new catalog file {@link #degraded()} names. */
    @Inject
    void watchCatalog(CatalogWatcher watcher) {
        this.catalog = watcher;
    }

    /** What is down or failing its check, by name, as the daemon's readiness names it; empty when all is well. */
    public Map<String, String> degraded() {
        Map<String, String> degraded = new LinkedHashMap<>();
        RemoteHealth.of(remoteSystems.checks(), checks.outcomes()).stream().filter(RemoteHealth::down).forEach(health ->
                degraded.put(health.name(), health.detail() + health.url().map(url -> " (" + url + ")").orElse("")));
        if (catalog != null) {
            catalog.refused().ifPresent(why -> degraded.put(CATALOG_RELOAD, why));
        }
        return degraded;
    }

    public EspfIntake espf() {
        return espf;
    }

    /** Reconciles under the account's lease, as a worker does, so that it never races one. */
    public HeldReconcile reconcile(long accountId) {
        return work.reconcileHeld(accountId, OWNER);
    }

    /** The service history as the daemon's {@code GET /accounts/{i_account}/history} answers it. */
    public String historyJson(long accountId, String from, String to) {
        return HistoryJson.write(HistoryView.of(history.history(HistoryWindow.query(accountId, from, to))));
    }

    public AccountExplanation explain(long accountId) {
        return explain.explain(accountId);
    }

    public boolean databaseReady() {
        return database.isReady();
    }

    public boolean workersRunning() {
        return workers.isRunning();
    }

    /** Stops taking events and work, lets the workers finish, and releases the pool if the bridge opened it. */
    public synchronized void close() {
        espf.stopAccepting();
        stopWorkers();
        database.close();
    }
}
