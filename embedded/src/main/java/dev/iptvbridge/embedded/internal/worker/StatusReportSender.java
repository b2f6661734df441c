package dev.iptvbridge.embedded.internal.worker;

import dev.iptvbridge.application.port.in.SendStatusReportsUseCase;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that sends the status outbox to PortaBilling: it sends what is due, then looks again
 * when this daemon wrote a report ({@link #wake()}) or after a short poll, so that reports written
 * by any daemon on the database go out. A report it holds when stopped comes back to a sender when
 * its lease runs out.
 */
@Singleton
public final class StatusReportSender {

    private static final Logger LOG = LoggerFactory.getLogger(StatusReportSender.class);
    static final Duration IDLE_POLL = Duration.ofSeconds(1);
    static final Duration AFTER_FAILURE = Duration.ofSeconds(5);
    static final int BATCH = 20;

    private final SendStatusReportsUseCase send;
    private final String senderId;
    private final Duration idlePoll;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Object signal = new Object();
    private boolean woken; // guarded by signal: a wake that came while a batch was sent is not lost
    private ExecutorService executor;

    @Inject
    public StatusReportSender(SendStatusReportsUseCase send) {
        this(send, IDLE_POLL);
    }

    StatusReportSender(SendStatusReportsUseCase send, Duration idlePoll) {
        this.send = send;
        this.idlePoll = idlePoll;
        this.senderId = ManagementFactory.getRuntimeMXBean().getName() + "-status-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    public synchronized void start() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "iptv-bridge-status-sender");
            thread.setDaemon(true);
            return thread;
        });
        executor.submit(this::loop);
    }

    /** Lets the sender look at once, e.g. when a report was just written. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Stops after the batch under way, waiting up to {@code grace} for it. */
    public synchronized void stop(Duration grace) {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        wake();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }

    private void loop() {
        while (running.get()) {
            try {
                if (send.sendDue(senderId, BATCH) < BATCH) {
                    pause(idlePoll);
                }
            } catch (RuntimeException failure) {
                // The outbox itself failed (database away); the reports stay in it.
                if (running.get()) {
                    LOG.warn("status sender cannot reach the outbox: {}", failure.getMessage());
                }
                pause(AFTER_FAILURE);
            }
        }
    }

    private void pause(Duration duration) {
        synchronized (signal) {
            try {
                if (running.get() && !woken) {
                    signal.wait(duration.toMillis());
                }
                woken = false;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                running.set(false);
            }
        }
    }
}
