package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.CompareCommand;
import dev.iptvbridge.application.port.in.ComparePhase;
import dev.iptvbridge.application.port.in.CompareSystemsUseCase;
import dev.iptvbridge.application.port.in.ReadDriftUseCase;
import dev.iptvbridge.application.port.out.ComparisonRecord;
import dev.iptvbridge.bootstrap.IptvBridge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reconcile --all} (and its alias {@code reconcile-all}): one comparison of billing and
 * Minerva, its table, the report file, and with {@code --wait} the wait until this run's queued
 * accounts are reconciled. Exit 0 when the run completed (differences are no error), 1 when it
 * could not finish, 5 when another comparison holds the lease.
 */
final class CompareRun {

    private static final Duration POLL = Duration.ofSeconds(1);

    private final CommandSpec spec;
    private final FormatOption format;

    CompareRun(CommandSpec spec, FormatOption format) {
        this.spec = spec;
        this.format = format;
    }

    /** Refuses a report file of another kind than .json or .csv, before anything runs (exit 2). */
    void checkOutput(Path output) {
        if (output != null && !DriftReportFile.refusal(output).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), DriftReportFile.refusal(output));
        }
    }

    /** @param wait empty: do not wait; zero: wait until drained; else at most this long */
    int run(ConfigOption config, CompareCommand command, Path output, Optional<Duration> wait)
            throws InterruptedException {
        checkOutput(output);
        PrintWriter err = spec.commandLine().getErr();
        try (IptvBridge bridge = config.openMigrated(); CompareProgress progress = CompareProgress.on(err, format.json())) {
            ReadDriftUseCase drift = bridge.use(ReadDriftUseCase.class);
            Optional<ComparisonRecord> run;
            try {
                run = bridge.use(CompareSystemsUseCase.class).compare(command, progress);
            } catch (RuntimeException failed) {
                progress.close();
                err.println("iptv-bridge: the comparison could not finish: " + IptvBridge.causeOf(failed).getMessage());
                err.flush();
                return ExitCodes.FAILED;
            }
            progress.close();
            if (run.isEmpty()) {
                err.println("iptv-bridge: another comparison is running (in a daemon or another command on this "
                        + "database); nothing was done. Try again when it has finished.");
                err.flush();
                return ExitCodes.TRY_AGAIN;
            }
            if (output != null) {
                DriftReportFile.write(output, run.get(), drift);
            }
            DriftSummaryView view = DriftSummaryView.of(run.get(), drift);
            format.print(spec.commandLine().getOut(), view, () -> view.table()
                    + (output == null ? "" : "the whole list is in " + output + "\n"));
            if (wait.isPresent() && run.get().queued() > 0) {
                return drain(drift, run.get(), wait.get(), CompareProgress.on(err, format.json()));
            }
            return ExitCodes.OK;
        }
    }

    // Polls the queue for the run's accounts until none is left (a parked one does not count).
    private int drain(ReadDriftUseCase drift, ComparisonRecord run, Duration wait, CompareProgress progress)
            throws InterruptedException {
        long deadline = wait.isZero() ? Long.MAX_VALUE : System.nanoTime() + wait.toNanos();
        try (progress) {
            while (true) {
                long left = drift.stillQueued(run.run());
                progress.progress(run.queued() - left, run.queued(), ComparePhase.RECONCILING);
                if (left == 0) {
                    return ExitCodes.OK;
                }
                if (System.nanoTime() > deadline) {
                    spec.commandLine().getErr().printf("iptv-bridge: %d of the %d queued accounts were still waiting "
                            + "after %ds; a running daemon goes on with them%n", left, run.queued(), wait.toSeconds());
                    return ExitCodes.TRY_AGAIN;
                }
                Thread.sleep(POLL.toMillis());
            }
        }
    }
}
