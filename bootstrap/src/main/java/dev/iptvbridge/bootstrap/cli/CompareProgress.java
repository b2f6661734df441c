package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ProgressListener;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a comparison move: on a terminal one progress bar per phase; elsewhere (a pipe, a log
 * file) a plain line when a phase starts and every 10 seconds, with no ANSI codes and no carriage
 * returns. Thread-safe: pages are read several at a time.
 */
final class CompareProgress implements ProgressListener, AutoCloseable {

    private static final long EVERY_NANOS = 10_000_000_000L;

    private final boolean terminal;
    private final PrintWriter log;
    private String phase = "";
    private ProgressBar bar;
    private long lastLine;

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
        if (started) {
            closeBar();
            phase = what;
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
        long now = System.nanoTime();
        if (started || now - lastLine >= EVERY_NANOS) {
            lastLine = now;
            log.println(what + ": " + done + (total >= 0 ? " of " + total : ""));
            log.flush();
        }
    }

    @Override
    public synchronized void close() {
        closeBar();
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
