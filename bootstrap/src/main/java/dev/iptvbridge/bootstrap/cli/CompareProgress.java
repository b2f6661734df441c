package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a comparison move: on a terminal one progress bar per phase; elsewhere (a pipe, a log
 * file) a plain line when a phase starts, every 10 seconds, and when it ends with the time it took,
 * with no ANSI codes and no carriage returns. Thread-safe: pages are read several at a time.
 */
final class CompareProgress implements ProgressListener, AutoCloseable {

    private static final long EVERY_NANOS = 10_000_000_000L;

    private final boolean terminal;
    private final PrintWriter log;
    private String phase = "";
    private ProgressBar bar;
    private long lastLine;
    private long phaseStarted;
    private String lastCount = "";

    private CompareProgress(boolean terminal, PrintWriter log) {
        this.terminal = terminal;
        this.log = log;
    }

    /** Bars when standard error is a terminal and no program reads the output, plain lines otherwise. */
    static CompareProgress on(PrintWriter err, boolean forProgram) {
        return new CompareProgress(!forProgram && System.console() != null && System.getenv("TERM") != null, err);
    }

    @Override
    public synchronized void progress(long done, long total, String what) {
        boolean started = !what.equals(phase);
        long now = System.nanoTime();
        if (started) {
            endPhase(now);
            phase = what;
            phaseStarted = now;
        }
        if (terminal) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName(what).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                        .continuousUpdate().build();
            }
            bar.maxHint(total);
            bar.stepTo(done);
            return;
        }
        lastCount = done + (total >= 0 ? " of " + total : "");
        if (started || now - lastLine >= EVERY_NANOS) {
            lastLine = now;
            log.println(what + ": " + lastCount);
            log.flush();
        }
    }

    @Override
    public synchronized void close() {
        endPhase(System.nanoTime());
    }

    // Where a run's time went, phase by phase, for the operator reading the log afterwards.
    private void endPhase(long now) {
        closeBar();
        if (!terminal && !phase.isEmpty()) {
            log.printf(Locale.ROOT, "%s: %s, done in %.1f s%n", phase, lastCount, (now - phaseStarted) / 1e9);
            log.flush();
        }
        phase = "";
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
