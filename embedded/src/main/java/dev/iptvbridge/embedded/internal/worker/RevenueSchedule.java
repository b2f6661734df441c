package dev.iptvbridge.embedded.internal.worker;

import dev.iptvbridge.application.port.in.CheckRevenueUseCase;
import dev.iptvbridge.application.port.in.ProgressListener;
import dev.iptvbridge.application.port.in.RevenueReport;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.metrics.RevenueMetrics;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the revenue check every {@code maintenance.revenueCheckInterval} on a thread of its own, since one
 * check over a large base takes long, and puts its findings into the metrics. The first runs five minutes
 * after the start (or one interval, if shorter), so that a daemon restarted daily still checks.
 */
@Singleton
public final class RevenueSchedule {

    // A run under way (a comparison, a purge, a check) finishes its database writes before the pool closes.
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(RevenueSchedule.class);
    static final Duration FIRST_AFTER = Duration.ofMinutes(5);

    private final CheckRevenueUseCase revenue;
    private final RevenueMetrics metrics;
    private final Duration interval;
    private ScheduledThreadPoolExecutor scheduler;

    @Inject
    public RevenueSchedule(CheckRevenueUseCase revenue, RevenueMetrics metrics, BridgeConfig config) {
        this.revenue = revenue;
        this.metrics = metrics;
        this.interval = config.maintenance().revenueCheckInterval();
    }

    public synchronized void start() {
        if (interval.isZero() || scheduler != null) {
            return;
        }
        scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "iptv-bridge-revenue");
            thread.setDaemon(true);
            return thread;
        });
        long first = Math.min(FIRST_AFTER.toMillis(), interval.toMillis());
        scheduler.scheduleWithFixedDelay(this::check, first, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (scheduler != null) {
            GracefulStop.stop(scheduler, STOP_GRACE);
            scheduler = null;
        }
    }

    private void check() {
        try {
            RevenueReport report = revenue.check(ProgressListener.NONE);
            metrics.checked(report);
            LOG.info("revenue check of {} Minerva customers: {} served not charged, {} charged not served",
                    report.customersChecked(), report.servedNotCharged().size(), report.chargedNotServed().size());
        } catch (RuntimeException failure) {
            LOG.warn("revenue check failed, will try again in {}: {}", interval, failure.getMessage());
        }
    }
}
