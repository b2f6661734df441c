package dev.iptvbridge.embedded.internal.worker;

import dev.iptvbridge.application.port.in.PurgeAuditLogUseCase;
import dev.iptvbridge.application.port.in.PurgeInboxUseCase;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.metrics.BridgeMetrics;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic work beside the workers: purging old events and audit lines, the sweep that compares
 * billing with Minerva ({@link ComparisonSweep}) so that drift on either side is repaired even when
 * no event says so: every {@code maintenance.sweepInterval}, or daily at {@code maintenance.sweepAt};
 * and once at start on a database that never compared its environment; and the catalog's watcher.
 */
@Singleton
public final class Housekeeping {

    // A run under way (a comparison, a purge, a check) finishes its database writes before the pool closes.
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final PurgeInboxUseCase purge;
    private final ComparisonSweep sweep;
    private final PurgeAuditLogUseCase purgeAudit;
    private final BridgeConfig.MaintenanceSettings settings;
    private final BridgeMetrics metrics;
    private final CatalogWatcher catalog;
    private ScheduledThreadPoolExecutor scheduler;

    @Inject
    public Housekeeping(PurgeInboxUseCase purge, ComparisonSweep sweep, PurgeAuditLogUseCase purgeAudit,
                        BridgeConfig config, BridgeMetrics metrics, CatalogWatcher catalog) {
        this.catalog = catalog;
        this.metrics = metrics;
        this.purge = purge;
        this.sweep = sweep;
        this.purgeAudit = purgeAudit;
        this.settings = config.maintenance();
    }

    public synchronized void start() {
        catalog.start();
        scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "iptv-bridge-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::purgeInbox, 1, Duration.ofHours(1).toMinutes(), TimeUnit.MINUTES);
        if (!settings.auditRetention().isZero()) {
            scheduler.scheduleWithFixedDelay(this::purgeAuditLog, 2, Duration.ofHours(1).toMinutes(), TimeUnit.MINUTES);
        }
        scheduler.execute(this::firstStart);
        scheduler.scheduleWithFixedDelay(sweep::refreshMetrics, 1, 1, TimeUnit.MINUTES);
        Optional<LocalTime> daily = settings.compare().sweepAt();
        Duration interval = settings.sweepInterval();
        if (daily.isPresent()) {
            scheduleDaily(daily.get());
        } else if (!interval.isZero()) {
            scheduler.scheduleWithFixedDelay(this::sweepNow, interval.toSeconds(), interval.toSeconds(),
                    TimeUnit.SECONDS);
        }
    }

    private void firstStart() {
        try {
            if (sweep.showLastAndAskFirst()) {
                sweep.firstStart();
                metrics.sweepCompleted();
            }
        } catch (RuntimeException failure) {
            LOG.warn("could not tell whether this database ever compared billing with Minerva: {}", failure.getMessage());
        }
    }

    private void sweepNow() {
        sweep.scheduled();
        metrics.sweepCompleted();
    }

    // One run at a time, each scheduling the next, so that a long run never overlaps the next day's.
    private synchronized void scheduleDaily(LocalTime at) {
        if (scheduler == null || scheduler.isShutdown()) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now();
        ZonedDateTime next = now.with(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        scheduler.schedule(() -> {
            sweepNow();
            scheduleDaily(at);
        }, Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        catalog.stop();
        if (scheduler != null) {
            GracefulStop.stop(scheduler, STOP_GRACE);
        }
    }

    private void purgeInbox() {
        try {
            int purged = purge.purgeOlderThan(settings.inboxRetention());
            if (purged > 0) {
                LOG.info("purged {} events older than {}", purged, settings.inboxRetention());
            }
        } catch (RuntimeException failure) {
            LOG.warn("purging old events failed, will try again in an hour: {}", failure.getMessage());
        }
    }

    private void purgeAuditLog() {
        try {
            int purged = purgeAudit.purgeOlderThan(settings.auditRetention());
            if (purged > 0) {
                LOG.info("purged {} audit lines older than {}", purged, settings.auditRetention());
            }
        } catch (RuntimeException failure) {
            LOG.warn("purging old audit lines failed, will try again in an hour: {}", failure.getMessage());
        }
    }
}
