package dev.iptvbridge.embedded.internal.worker;

import dev.iptvbridge.application.port.in.ProcessWorkUseCase;
import dev.iptvbridge.embedded.config.BridgeConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code workers} threads that claim due queue entries and reconcile them. An idle worker waits
 * for a {@link #wake()} (an event just stored, and again once its entry is due after
 * {@code queue.settleDelay}) or a short poll, so that work queued by another daemon on the same
 * database is seen too. A worker thread that dies is replaced. Stopping lets
 * each worker finish the entry it holds, or hand it back.
 */
@Singleton
public final class WorkerPool {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);
    static final Duration IDLE_POLL = Duration.ofMillis(250);
    // After the grace period, interrupted workers get this long to release what they hold.
    static final Duration RELEASE_GRACE = Duration.ofSeconds(5);

    private final ProcessWorkUseCase processWork;
    private final int size;
    private final String instanceId;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger alive = new AtomicInteger();
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final Map<Integer, Thread> threads = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private final DueWake dueWake;

    @Inject
    public WorkerPool(ProcessWorkUseCase processWork, BridgeConfig config) {
        this(processWork, config.workers(), config.queue().settleDelay());
    }

    WorkerPool(ProcessWorkUseCase processWork, int size) {
        this(processWork, size, Duration.ZERO);
    }

    WorkerPool(ProcessWorkUseCase processWork, int size, Duration settleDelay) {
        this.processWork = processWork;
        this.size = size;
        this.dueWake = new DueWake(settleDelay, this::notifyIdle);
        this.instanceId = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public synchronized void start() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        for (int i = 0; i < size; i++) {
            startWorker(i);
        }
        LOG.info("started {} workers as {}", size, instanceId);
    }

    /** Tells idle workers that work may be waiting, now and when an entry queued now is due. */
    public void wake() {
        notifyIdle();
        dueWake.after();
    }

    private void notifyIdle() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    public boolean isRunning() {
        return running.get() && alive.get() == size;
    }

    /**
     * Stops claiming; waits up to {@code grace} for the entries being reconciled, then interrupts the
     * workers still busy, which hand their entries back: a restart takes them at once.
     */
    public synchronized void stop(Duration grace) {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        notifyIdle();
        dueWake.stop();
        List<Thread> workers = List.copyOf(threads.values());
        if (!joinAll(workers, grace)) {
            LOG.warn("workers still busy after {}: interrupting them; they hand back what they hold", grace);
            workers.forEach(Thread::interrupt);
            if (!joinAll(workers, RELEASE_GRACE)) {
                LOG.warn("workers still busy; their entries come back when their leases run out");
            }
        }
        LOG.info("workers stopped");
    }

    private void startWorker(int index) {
        String workerId = instanceId + "/" + index;
        Thread thread = new Thread(() -> run(index, workerId), "iptv-bridge-worker-" + threadNumber.getAndIncrement());
        thread.setDaemon(false);
        threads.put(index, thread);
        thread.start();
    }

    private void run(int index, String workerId) {
        alive.incrementAndGet();
        boolean replace = false;
        try {
            loop(workerId);
        } catch (Throwable fatal) {
            // ProcessWork keeps an account's failures to that account; what still gets here (an Error
            // around the queue) ends this thread, not the pool: a new one takes its place.
            LOG.error("worker {} died; starting a new one in its place", workerId, fatal);
            replace = true;
        } finally {
            alive.decrementAndGet();
        }
        // Not under the pool's lock: stop() holds it while it waits for this very thread to end.
        if (replace && running.get()) {
            startWorker(index);
        }
    }

    private void loop(String workerId) {
        while (running.get()) {
            int claimed;
            try {
                claimed = processWork.processDue(workerId, 1, running::get);
            } catch (RuntimeException failure) {
                // The queue itself failed (database away): say so, wait, try again. While stopping, an
                // embedded H2 may already be closed: the lease brings the entry back.
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
    }

    private static boolean joinAll(List<Thread> workers, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (Thread worker : workers) {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    worker.join(Math.max(1, left / 1_000_000));
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return workers.stream().noneMatch(Thread::isAlive);
    }

    private void idle() {
        synchronized (signal) {
            try {
                if (running.get()) {
                    signal.wait(IDLE_POLL.toMillis());
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
