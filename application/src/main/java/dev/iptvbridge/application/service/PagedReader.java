package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a paged list whole: the first page tells the total, the other pages are then read
 * {@code concurrency} at a time (each adapter still applies its own rate limit and retries), and
 * pages past the first total are read one by one while they come back full, in case the list grew.
 */
final class PagedReader {

    /** Reads one page into the snapshot and tells what it held. */
    @FunctionalInterface
    interface PageRead {
        Answer read(int index);
    }

    /** How many items a page held, and the total the remote side reported with it. */
    record Answer(int items, long total) {
    }

    private final int concurrency;
    private final int pageSize;

    PagedReader(int concurrency, int pageSize) {
        if (concurrency < 1 || pageSize < 1) {
            throw new IllegalArgumentException("concurrency and page size must be 1 or more");
        }
        this.concurrency = concurrency;
        this.pageSize = pageSize;
    }

    /** @return the items read, repeats included */
    long readAll(PageRead read, ProgressListener progress, String what) {
        requireNonNull(read, "read is null");
        Answer first = read.read(0);
        AtomicLong done = new AtomicLong(first.items());
        long total = first.total();
        progress.progress(done.get(), total, what);
        int pages = (int) Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize);
        AtomicInteger lastFull = new AtomicInteger(first.items() >= pageSize ? 0 : -1);
        if (pages > 1) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, pages - 1), runnable -> {
                Thread thread = new Thread(runnable, "iptv-bridge-compare-read");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<?>> reads = new ArrayList<>();
                for (int index = 1; index < pages; index++) {
                    int page = index;
                    reads.add(pool.submit(() -> {
                        Answer answer = read.read(page);
                        if (answer.items() >= pageSize) {
                            lastFull.accumulateAndGet(page, Math::max);
                        }
                        synchronized (progress) {
                            progress.progress(done.addAndGet(answer.items()), total, what);
                        }
                    }));
                }
                awaitAll(reads);
            } finally {
                pool.shutdownNow();
            }
        }
        // The list grew while it was read: go on past the first total while pages come back full.
        for (int page = Math.max(pages, 1); lastFull.get() == page - 1; page++) {
            Answer answer = read.read(page);
            if (answer.items() >= pageSize) {
                lastFull.set(page);
            }
            progress.progress(done.addAndGet(answer.items()), Math.max(total, done.get()), what);
        }
        return done.get();
    }

    private static void awaitAll(List<Future<?>> reads) {
        try {
            for (Future<?> read : reads) {
                read.get();
            }
        } catch (ExecutionException failed) {
            reads.forEach(read -> read.cancel(true));
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            reads.forEach(read -> read.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the comparison was interrupted", interrupted);
        }
    }
}
