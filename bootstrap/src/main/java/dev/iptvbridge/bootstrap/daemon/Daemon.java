package dev.iptvbridge.bootstrap.daemon;

import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.bootstrap.http.HttpApi;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.config.ConfigException;
import dev.iptvbridge.embedded.config.EffectiveConfig;
import dev.iptvbridge.embedded.internal.metrics.BridgeMetrics;
import dev.iptvbridge.embedded.internal.metrics.RemoteSystems;
import dev.iptvbridge.embedded.internal.runtime.StartupChecks;
import dev.iptvbridge.embedded.internal.worker.Housekeeping;
import dev.iptvbridge.embedded.internal.worker.RevenueSchedule;
import dev.iptvbridge.embedded.internal.worker.PurchaseFeedRunner;
import dev.iptvbridge.embedded.internal.worker.StatusReportSender;
import dev.iptvbridge.embedded.internal.worker.WorkerPool;
import dev.iptvbridge.persistence.Database;
import dev.iptvbridge.persistence.MigrationReport;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.BindException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops the running parts in order: the start-up checks (a refusal is exit 3), migrate,
 * HTTP (a port in use is exit 3, before any worker starts), workers, status sender, housekeeping,
 * the watches; and back. A start that fails stops what it had started.
 */
@Singleton
public final class Daemon {

    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private final Database database;
    private final WorkerPool workers;
    private final HttpApi http;
    private final Housekeeping housekeeping;
    private final BridgeMetrics metrics;
    private final WorkQueuePort queue;
    private final StatusReportSender statusSender;
    private final StatusOutboxPort statusOutbox;
    private final RemoteSystems remoteSystems;
    private final StartupChecks startupChecks;
    private final BridgeConfig config;
    private final RevenueSchedule revenue;
    private final Set<String> running = new HashSet<>();
    private final PurchaseFeedRunner purchases;
    private boolean started;

    @Inject
    public Daemon(Database database, WorkerPool workers, HttpApi http, Housekeeping housekeeping, BridgeMetrics metrics,
                  WorkQueuePort queue, StatusReportSender statusSender, StatusOutboxPort statusOutbox,
                  RemoteSystems remoteSystems, StartupChecks startupChecks, BridgeConfig config, RevenueSchedule revenue,
                  PurchaseFeedRunner purchases) {
        this.revenue = revenue;
        this.purchases = purchases;
        this.remoteSystems = remoteSystems;
        this.database = database;
        this.workers = workers;
        this.http = http;
        this.housekeeping = housekeeping;
        this.metrics = metrics;
        this.queue = queue;
        this.statusSender = statusSender;
        this.statusOutbox = statusOutbox;
        this.startupChecks = startupChecks;
        this.config = config;
    }

    /** @return the HTTP port it listens on */
    public synchronized int start() {
        LOG.info("effective configuration (secrets masked):\n{}", EffectiveConfig.of(config).yaml());
        try {
            MigrationReport migration = migrateWhileChecking();
            LOG.info("database ready: schema at version {}, {} migration(s) applied now", migration.currentVersion(),
                    migration.applied());
            metrics.watchQueue(queue);
            metrics.watchPool(database);
            metrics.watchStatusOutbox(statusOutbox);
            int port = startHttp();
            running.add("http");
            workers.start();
            running.add("workers");
            statusSender.start();
            running.add("statusSender");
            housekeeping.start();
            running.add("housekeeping");
            revenue.start();
            running.add("revenue");
            remoteSystems.start();
            running.add("remoteSystems");
            startupChecks.start();
            running.add("checks");
            purchases.start();
            running.add("purchases");
            started = true;
            return port;
        } catch (RuntimeException failure) {
            LOG.error("the start failed, stopping what had started: {}", failure.getMessage());
            stopStarted();
            database.close();
            throw failure;
        }
    }

    // The checks ask the remote systems and the migration asks the database: neither needs the other, and at
    // start both are mostly class loading, so on two cores they take about the time of the longer one.
    private MigrationReport migrateWhileChecking() {
        ExecutorService migrator = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "iptv-bridge-migrate"));
        try {
            Future<MigrationReport> migration = migrator.submit(database::migrate);
            try {
                startupChecks.verifyAtStart();
            } catch (RuntimeException refused) {
                awaitQuietly(migration);
                throw refused;
            }
            return migration.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(failed.getCause().getMessage(), failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the database was migrated", interrupted);
        } finally {
            migrator.shutdown();
        }
    }

    // A start that the checks refuse stops only once the migration is over, so that the database is closed after it.
    private static void awaitQuietly(Future<?> migration) {
        try {
            migration.get();
        } catch (ExecutionException | RuntimeException ignored) {
            // the checks' refusal is the failure the start reports
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private int startHttp() {
        try {
            return http.start();
        } catch (RuntimeException failure) {
            if (portInUse(failure)) {
                throw new ConfigException("http.port " + config.http().port() + " on " + config.http().host()
                        + " is already in use: stop what listens there, or set http.port (IPTV_BRIDGE_HTTP_PORT) to a free"
                        + " port, then start again");
            }
            throw failure;
        }
    }

    private static boolean portInUse(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException || String.valueOf(cause.getMessage()).contains("already in use")) {
                return true;
            }
        }
        return false;
    }

    /** Stops taking events and work, lets the workers finish what they hold, closes the database. */
    public synchronized void stop() {
        if (!started) {
            return;
        }
        started = false;
        LOG.info("stopping: no new events, finishing the reconciles under way");
        stopStarted();
        database.close();
        LOG.info("stopped");
    }

    // Events stop first (HTTP), then what makes work, then the workers, so that nothing is left claimed.
    private void stopStarted() {
        stopIfStarted("http", http::stop);
        stopIfStarted("checks", startupChecks::stop);
        stopIfStarted("purchases", () -> purchases.stop(SHUTDOWN_GRACE));
        stopIfStarted("remoteSystems", remoteSystems::stop);
        stopIfStarted("housekeeping", housekeeping::stop);
        stopIfStarted("revenue", revenue::stop);
        stopIfStarted("workers", () -> workers.stop(SHUTDOWN_GRACE));
        stopIfStarted("statusSender", () -> statusSender.stop(SHUTDOWN_GRACE));
    }

    private void stopIfStarted(String part, Runnable stop) {
        if (running.remove(part)) {
            try {
                stop.run();
            } catch (RuntimeException failed) {
                LOG.warn("stopping {} failed: {}", part, failed.toString());
            }
        }
    }
}
