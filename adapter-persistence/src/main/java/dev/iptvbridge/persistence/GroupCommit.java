package dev.iptvbridge.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: concurrent callers hand in their work, one of them (the leader) writes all that
 * waits in one transaction and commits once, and each caller returns only after the commit that
 * holds its work, with its own result or the batch's failure. A caller alone writes its own work
 * at once, on its own thread: nothing waits for company.
 *
 * @param <W> one caller's work
 * @param <R> its result
 */
final class GroupCommit<W, R> {

    /** Writes a batch in one transaction and commits it; returns one result per item, in order, or throws. */
    @FunctionalInterface
    interface Writer<W, R> {
        List<R> write(List<W> batch);
    }

    // A follower parks until its work is done or the leader left; the timeout only bounds a lost wake-up.
    private static final long PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final int maxBatch;
    private final Writer<W, R> writer;
    private final ConcurrentLinkedQueue<Pending<W, R>> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock leader = new ReentrantLock();

    GroupCommit(int maxBatch, Writer<W, R> writer) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1, but is " + maxBatch);
        }
        this.maxBatch = maxBatch;
        this.writer = writer;
    }

    /** Returns after the commit that holds {@code work}, with its result; throws what that batch threw. */
    R submit(W work) {
        Pending<W, R> mine = new Pending<>(work, Thread.currentThread());
        waiting.add(mine);
        while (!mine.isDone()) {
            if (leader.tryLock()) {
                try {
                    if (!mine.isDone()) {
                        writeOneBatch();
                    }
                } finally {
                    leader.unlock();
                }
                wakeNext();
            } else {
                LockSupport.parkNanos(this, PARK_NANOS);
            }
        }
        return mine.result();
    }

    /** How many callers wait for a batch to take them; for tests. */
    int waiting() {
        return waiting.size();
    }

    private void writeOneBatch() {
        List<Pending<W, R>> batch = new ArrayList<>();
        for (Pending<W, R> next; batch.size() < maxBatch && (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        List<W> work = new ArrayList<>(batch.size());
        batch.forEach(pending -> work.add(pending.work));
        try {
            List<R> results = writer.write(work);
            if (results.size() != batch.size()) {
                throw new IllegalStateException("a batch of " + batch.size() + " gave " + results.size() + " results");
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).succeed(results.get(i));
            }
        } catch (RuntimeException | Error failure) {
            // Nothing of the batch was committed: every caller in it gets the failure.
            batch.forEach(pending -> pending.fail(failure));
        }
    }

    // The leader left: the caller that waits longest leads the next batch.
    private void wakeNext() {
        Pending<W, R> head = waiting.peek();
        if (head != null) {
            LockSupport.unpark(head.thread);
        }
    }

    private static final class Pending<W, R> {
        private final W work;
        private final Thread thread;
        private volatile boolean done;
        private R result;
        private Throwable failure;

        Pending(W work, Thread thread) {
            this.work = work;
            this.thread = thread;
        }

        boolean isDone() {
            return done;
        }

        void succeed(R value) {
            result = value;
            done = true;
            LockSupport.unpark(thread);
        }

        void fail(Throwable cause) {
            failure = cause;
            done = true;
            LockSupport.unpark(thread);
        }

        // Read after done, a volatile write after result and failure: both are visible.
        R result() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return result;
        }
    }
}
