package dev.iptvbridge.application.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes the snapshot's pages on a thread of its own, so that the threads reading pages send their
 * next request while a page is stored: the reads then wait on the remote systems' latency, not on
 * the database. At most {@code ahead} pages wait to be written (memory stays a few pages); the
 * first failed write fails every later {@link #write} and {@link #flush}.
 */
final class SnapshotWriter implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread writer = new Thread(runnable, "iptv-bridge-compare-write");
        writer.setDaemon(true);
        return writer;
    });
    private final Semaphore room;
    private final int ahead;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    SnapshotWriter(int ahead) {
        this.ahead = ahead;
        this.room = new Semaphore(ahead);
    }

    /** Hands one page's write over; waits while {@code ahead} pages are still to be written. */
    void write(Runnable write) {
        failed();
        acquire(1);
        thread.execute(() -> {
            try {
                if (failure.get() == null) {
                    write.run();
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                room.release();
            }
        });
    }

    /** Returns once every page handed over is written, or throws the first write's failure. */
    void flush() {
        acquire(ahead);
        room.release(ahead);
        failed();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    private void failed() {
        RuntimeException first = failure.get();
        if (first != null) {
            throw first;
        }
    }

    private void acquire(int permits) {
        try {
            while (!room.tryAcquire(permits, 1, TimeUnit.SECONDS)) {
                failed();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the comparison was interrupted", interrupted);
        }
    }
}
