package dev.iptvbridge.embedded.internal.worker;

import dev.iptvbridge.application.port.in.CatalogPoll;
import dev.iptvbridge.application.port.in.WatchCatalogUseCase;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.metrics.CatalogMetrics;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the catalog every {@code maintenance.catalogPollInterval}: this bridge's file, the reload
 * requests and the database's active generation ({@link WatchCatalogUseCase}). Logs what it finds,
 * feeds the catalog meters, and keeps the latest refusal for {@code /health/ready}.
 */
@Singleton
public final class CatalogWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogWatcher.class);

    private final WatchCatalogUseCase watch;
    private final CatalogMetrics metrics;
    private final Duration interval;
    private volatile Optional<CatalogPoll> last = Optional.empty();
    private volatile boolean unreachable;
    private ScheduledExecutorService scheduler;

    @Inject
    public CatalogWatcher(WatchCatalogUseCase watch, CatalogMetrics metrics, BridgeConfig config) {
        this.watch = watch;
        this.metrics = metrics;
        this.interval = config.maintenance().catalogPollInterval();
    }

    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "iptv-bridge-catalog");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::lookNow, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    /** Why this bridge's catalog file is refused, while it is: the old catalog stays in use. */
    public Optional<String> refused() {
        return last.flatMap(CatalogPoll::refused);
    }

    /** One look now; what the scheduler runs. */
    public void lookNow() {
        try {
            CatalogPoll poll = watch.poll();
            poll.news().forEach(news -> LOG.info("{}", news));
            if (poll.newlyRefused()) {
                LOG.warn("catalog file refused, catalog generation {} ({}) stays in use: {}", poll.generation(),
                        poll.digest().substring(0, 12), poll.refused().orElse(""));
            }
            if (unreachable) {
                LOG.info("the catalog in the database can be read again");
                unreachable = false;
            }
            metrics.looked(poll);
            last = Optional.of(poll);
        } catch (RuntimeException failure) {
            // The database is away: keep the catalog in use, say it once, look again at the next interval.
            if (!unreachable) {
                LOG.warn("cannot look at the catalog in the database, keeping the one in use: {}", failure.getMessage());
                unreachable = true;
            }
        }
    }
}
