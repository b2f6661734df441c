package dev.iptvbridge.bootstrap.soak;

import dev.iptvbridge.sandbox.minerva.MinervaFaults;
import dev.iptvbridge.sandbox.minerva.MinervaOperation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The chaos of a run, scheduled relative to its duration T so that a short run goes through all of
 * it: 2 % of Minerva calls answer 503 and, once a minute, one create, one package change, one status
 * change and one profile change are applied by Minerva but answered too late for the bridge (all
 * through the run); at 0.20 T the daemon that takes the webhooks is killed with SIGKILL and started
 * again min(60 s, T/10) later; at 0.40 T Minerva answers every call 503 for T/8 (30 s to 5 min);
 * at 0.65 T PostgreSQL stops for 10 s and starts again with its data.
 */
final class SoakChaos implements AutoCloseable {

    /** A client read timeout shorter than {@link #HOLD}, so that a held answer is a timeout after applying. */
    static final Duration MINERVA_READ_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration HOLD = Duration.ofSeconds(5);
    private static final double FAILING_SHARE = 0.02;
    private static final List<MinervaOperation> APPLIED_LATE = List.of(
            MinervaOperation.CREATE, MinervaOperation.PACKAGES, MinervaOperation.STATUS, MinervaOperation.PATCH);

    /** What the chaos acts on. */
    interface Targets {
        MinervaFaults minerva();

        void killDaemon() throws Exception;

        void startDaemon() throws Exception;

        void restartPostgres(Duration down) throws Exception;
    }

    private final Targets targets;
    private final Duration duration;
    private final SoakClock clock;
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private volatile boolean outage;

    SoakChaos(Targets targets, Duration duration, SoakClock clock) {
        this.targets = targets;
        this.duration = duration;
        this.clock = clock;
    }

    Duration outageLength() {
        long seconds = Math.max(30, Math.min(300, duration.toSeconds() / 8));
        return Duration.ofSeconds(seconds);
    }

    Duration daemonDowntime() {
        return Duration.ofSeconds(Math.min(60, duration.toSeconds() / 10));
    }

    void start() {
        baseFaults();
        timer.scheduleAtFixedRate(this::applyLate, 30, 60, TimeUnit.SECONDS);
        at(0.20, "kill -9 of daemon a (it takes the webhooks)", targets::killDaemon);
        at(0.20, daemonDowntime(), "daemon a started again", targets::startDaemon);
        at(0.40, "Minerva outage for " + outageLength().toSeconds() + " s: every call answers 503", () -> {
            outage = true;
            targets.minerva().clear();
            targets.minerva().failFraction(503, 1.0, 7);
        });
        at(0.40, outageLength(), "Minerva outage over", () -> {
            targets.minerva().clear();
            baseFaults();
            outage = false;
        });
        at(0.65, "PostgreSQL stopped for 10 s, then started again", () -> targets.restartPostgres(Duration.ofSeconds(10)));
    }

    private void baseFaults() {
        targets.minerva().failFraction(503, FAILING_SHARE, 42);
    }

    private void applyLate() {
        if (!outage) {
            APPLIED_LATE.forEach(op -> targets.minerva().timeoutNext(op, HOLD, true, 1));
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private void at(double share, String what, Step step) {
        at(share, Duration.ZERO, what, step);
    }

    private void at(double share, Duration after, String what, Step step) {
        long delay = Math.round(duration.toMillis() * share) + after.toMillis();
        timer.schedule(() -> {
            clock.print("CHAOS " + what);
            try {
                step.run();
            } catch (Exception failure) {
                clock.print("CHAOS step failed: " + failure);
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    /** Stops the chaos: the steps still to come never run, and Minerva answers plainly again. */
    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(150, TimeUnit.SECONDS);
        targets.minerva().clear();
    }
}
