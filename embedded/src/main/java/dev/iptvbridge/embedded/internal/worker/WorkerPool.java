package dev.iptvbridge.embedded.internal.worker;

import dev.iptvbridge.application.port.in.ProcessWorkUseCase;
import dev.iptvbridge.embedded.config.BridgeConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code workers} threads that claim due queue entries and reconcile them. An idle worker waits
 * for a {@link #wake()} (an event just stored) or a short poll, so that work queued by another
 * daemon on the same database is seen too. Stopping lets each worker finish the entry it holds.
 */
@Singleton
public final class WorkerPool {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);
    static final Duration IDLE_POLL = Duration.ofMillis(250);

    private final ProcessWorkUseCase processWork;
    private final int size;
    private final String instanceId;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger alive = new AtomicInteger();
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final Object signal = new Object();
    private ExecutorService executor;

    @Inject
    public WorkerPool(ProcessWorkUseCase processWork, BridgeConfig config) {
        this.processWork = processWork;
        this.size = config.workers();
        this.instanceId = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public synchronized void start() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        executor = Executors.newFixedThreadPool(size, runnable -> {
            Thread thread = new Thread(runnable, "iptv-bridge-worker-" + threadNumber.getAndIncrement());
            thread.setDaemon(false);
            return thread;
        });
        List<Runnable> loops = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String workerId = instanceId + "/" + i;
            loops.add(() -> loop(workerId));
        }
        loops.forEach(executor::submit);
        LOG.info("started {} workers as {}", size, instanceId);
    }

    /** Tells idle workers that work may be waiting. */
    public void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    public boolean isRunning() {
        return running.get() && alive.get() == size;
    }

    /** Stops claiming; waits up to {@code grace} for the entries being reconciled, whose leases would otherwise run out. */
    public synchronized void stop(Duration grace) {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        wake();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("workers still busy after {}; their entries come back when the lease runs out", grace);
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
        LOG.info("workers stopped");
    }

    private void loop(String workerId) {
        alive.incrementAndGet();
        try {
            while (running.get()) {
                int claimed;
                try {
                    claimed = processWork.processDue(workerId, 1);
                } catch (RuntimeException failure) {
                    // The queue itself failed (database away): say so, wait, try again. While stopping, an
                    // embedded H2 may already be closed by its own shutdown hook: the lease brings the entry back.
                    if (running.get()) {
                        LOG.warn("worker {} cannot reach the queue: {}", workerId, failure.getMessage());
                    }
                    claimed = 0;
                    sleep(Duration.ofSeconds(2));
                }
                if (claimed == 0) {
                    idle();
                }
            }
        } finally {
            alive.decrementAndGet();
        }
    }

    private void idle() {
        synchronized (signal) {
            try {
                signal.wait(IDLE_POLL.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                running.set(false);
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }
}
