package dev.iptvbridge.bootstrap.daemon;

import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.bootstrap.http.HttpApi;
import dev.iptvbridge.embedded.internal.metrics.BridgeMetrics;
import dev.iptvbridge.embedded.internal.metrics.RemoteSystems;
import dev.iptvbridge.embedded.internal.worker.Housekeeping;
import dev.iptvbridge.embedded.internal.worker.StatusReportSender;
import dev.iptvbridge.embedded.internal.worker.WorkerPool;
import dev.iptvbridge.persistence.Database;
import dev.iptvbridge.persistence.MigrationReport;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts and stops the running parts in order: migrate, workers, status sender, HTTP, housekeeping; and back. */
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
    private boolean started;

    @Inject
    public Daemon(Database database, WorkerPool workers, HttpApi http, Housekeeping housekeeping, BridgeMetrics metrics,
                  WorkQueuePort queue, StatusReportSender statusSender, StatusOutboxPort statusOutbox,
                  RemoteSystems remoteSystems) {
        this.remoteSystems = remoteSystems;
        this.database = database;
        this.workers = workers;
        this.http = http;
        this.housekeeping = housekeeping;
        this.metrics = metrics;
        this.queue = queue;
        this.statusSender = statusSender;
        this.statusOutbox = statusOutbox;
    }

    /** @return the HTTP port it listens on */
    public synchronized int start() {
        MigrationReport migration = database.migrate();
        LOG.info("database ready: {}", migration);
        metrics.watchQueue(queue);
        metrics.watchPool(database);
        metrics.watchStatusOutbox(statusOutbox);
        workers.start();
        statusSender.start();
        int port = http.start();
        housekeeping.start();
        remoteSystems.start();
        started = true;
        return port;
    }

    /** Stops taking events and work, lets the workers finish what they hold, closes the database. */
    public synchronized void stop() {
        if (!started) {
            return;
        }
        started = false;
        LOG.info("stopping: no new events, finishing the reconciles under way");
        http.stop();
        remoteSystems.stop();
        housekeeping.stop();
        workers.stop(SHUTDOWN_GRACE);
        statusSender.stop(SHUTDOWN_GRACE);
        database.close();
        LOG.info("stopped");
    }
}
