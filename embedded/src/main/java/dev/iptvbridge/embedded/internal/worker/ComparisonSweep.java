package dev.iptvbridge.embedded.internal.worker;

import dev.iptvbridge.application.port.in.CompareCommand;
import dev.iptvbridge.application.port.in.CompareSystemsUseCase;
import dev.iptvbridge.application.port.in.ProgressListener;
import dev.iptvbridge.application.port.in.ReadDriftUseCase;
import dev.iptvbridge.application.port.out.ComparisonRecord;
import dev.iptvbridge.application.port.out.DriftKind;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.metrics.DriftMetrics;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's comparison of billing and Minerva: on schedule, and once at the first start on a
 * database that never compared its environment. Logs its progress every 10 seconds and its
 * outcome, and shows the last run in the metrics. Another bridge comparing at the same time (on a
 * shared database) makes a run skip.
 */
@Singleton
public final class ComparisonSweep {

    private static final Logger LOG = LoggerFactory.getLogger(ComparisonSweep.class);
    private static final long EVERY_NANOS = 10_000_000_000L;

    private final CompareSystemsUseCase compare;
    private final ReadDriftUseCase drift;
    private final BridgeConfig.CompareSettings settings;
    private final DriftMetrics metrics;

    @Inject
    public ComparisonSweep(CompareSystemsUseCase compare, ReadDriftUseCase drift, BridgeConfig config,
                           DriftMetrics metrics) {
        this.compare = compare;
        this.drift = drift;
        this.settings = config.maintenance().compare();
        this.metrics = metrics;
    }

    /** Shows the last run in the metrics; true when this environment was never compared and should be now. */
    boolean showLastAndAskFirst() {
        Optional<ComparisonRecord> last = drift.lastCompared();
        last.ifPresent(metrics::compared);
        return last.isEmpty() && settings.onFirstStart();
    }

    /** Shows the newest run in the metrics, a command's included (another process may have run it). */
    void refreshMetrics() {
        try {
            drift.lastCompared().ifPresent(metrics::compared);
        } catch (RuntimeException failure) {
            LOG.debug("could not read the last comparison for the metrics: {}", failure.getMessage());
        }
    }

    void firstStart() {
        LOG.info("this database never compared its billing environment with Minerva: comparing now, so that an "
                + "existing base is provisioned (turn off with maintenance.compareOnFirstStart: false)");
        run("first-start comparison");
    }

    void scheduled() {
        run("scheduled comparison");
    }

    private void run(String what) {
        try {
            Optional<ComparisonRecord> run = compare.compare(new CompareCommand(false, settings.deleteOrphans()),
                    new LoggedProgress(what));
            if (run.isEmpty()) {
                LOG.info("{} skipped: another comparison is running on this database", what);
                return;
            }
            metrics.compared(run.get());
            LOG.info("{} {} done: {} accounts and {} Minerva customers checked; {}; {} accounts queued", what,
                    run.get().run(), run.get().accounts(), run.get().customers(), run.get().counts().entrySet().stream()
                            .filter(count -> count.getValue() > 0)
                            .map(count -> count.getKey().label() + " " + count.getValue())
                            .collect(Collectors.joining(", ", "", "")).transform(text -> text.isEmpty()
                                    ? "no drift" : text), run.get().queued());
            if (run.get().count(DriftKind.ORPHAN) > 0 && !settings.deleteOrphans()) {
                LOG.info("{} orphans are kept: delete them with reconcile --all --delete-orphans, or set "
                        + "maintenance.deleteOrphans: true", run.get().count(DriftKind.ORPHAN));
            }
        } catch (RuntimeException failure) {
            LOG.warn("{} could not finish, will try again at the next one: {}", what, failure.getMessage());
        }
    }

    // A plain line when a phase starts, every 10 seconds, and when it ends with the time it took.
    private static final class LoggedProgress implements ProgressListener {
        private final String what;
        private String phase = "";
        private String count = "";
        private long last;
        private long started;

        LoggedProgress(String what) {
            this.what = what;
        }

        @Override
        public synchronized void progress(long done, long total, String step) {
            long now = System.nanoTime();
            boolean next = !step.equals(phase);
            if (next && !phase.isEmpty()) {
                LOG.info("{}: {} {}, done in {} s", what, phase, count, String.format(Locale.ROOT, "%.1f",
                        (now - started) / 1e9));
            }
            count = done + (total >= 0 ? " of " + total : "");
            if (next || now - last >= EVERY_NANOS) {
                if (next) {
                    started = now;
                }
                phase = step;
                last = now;
                LOG.info("{}: {} {}", what, step, count);
            }
        }
    }
}
