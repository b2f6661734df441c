package dev.iptvbridge.persistence.bench;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.InboundEvent;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.persistence.Database;
import dev.iptvbridge.persistence.DatabaseSettings;
import dev.iptvbridge.persistence.PersistenceAdapter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures, on H2 and on an embedded PostgreSQL, how many events per second {@code store()}
 * takes and how many entries per second four workers claim and complete, beside a plain JDBC
 * insert-and-commit loop on the same database, and prints a table. The plain loop inserts an
 * event's row into a table of the inbox's shape (its columns, key and index), the insert half of
 * a store; a loop of thin rows (a number and a text) is shown beside it for reference. Arguments:
 * events (default 4000) and accounts (default 2000).
 */
public final class PersistenceBenchmark {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final int WORKERS = 4;
    private static final int THREADS = 32;
    private static final int POOL = 40;
    private static final int ROUNDS = 3;
    private static final int ROUND_OFFSET = 10_000_000;
    private static final int WARM_UP_OFFSET = 900_000_000;
    private static final int WARM_UP = 6000;
    private static final double GOAL = 0.7;

    private final int events;
    private final int accounts;
    private final List<String> rows = new ArrayList<>();
    private final List<String> results = new ArrayList<>();
    private final List<String> missed = new ArrayList<>();

    private PersistenceBenchmark(int events, int accounts) {
        this.events = events;
        this.accounts = accounts;
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int accounts = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        PersistenceBenchmark benchmark = new PersistenceBenchmark(events, accounts);
        Path h2 = Files.createTempDirectory("iptv-bridge-bench-h2-");
        benchmark.run("H2 " + org.h2.engine.Constants.VERSION,
                new DatabaseSettings("jdbc:h2:file:" + h2.resolve("bench").toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0",
                        "sa", "", POOL), "h2");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start()) {
            benchmark.run("PostgreSQL (embedded)", new DatabaseSettings("jdbc:postgresql://127.0.0.1:" + postgres.getPort()
                    + "/postgres", "postgres", "", POOL), "pg");
        }
        benchmark.print();
    }

    // The plain loop's settings are the bridge's: H2 writes each commit to its file (WRITE_DELAY=0), as the
    // bridge opens it, so that a commit survives kill -9; PostgreSQL keeps fsync and synchronous_commit on.
    private void run(String name, DatabaseSettings settings, String tag) throws Exception {
        try (Database database = Database.open(settings)) {
            database.migrate();
            PersistenceAdapter adapter = new PersistenceAdapter(database);
            // Warm-up: the JIT, the pool and the database caches, on ids the measured rounds do not use. A store's
            // path is deeper than the plain loop's: 500 calls left it in the JIT's first tier for the rounds.
            PlainLoops loops = new PlainLoops(settings, accounts);
            loops.thin(WARM_UP_OFFSET, WARM_UP, () -> { });
            loops.events(WARM_UP_OFFSET, WARM_UP, () -> { });
            loops.storeStatements(WARM_UP_OFFSET, WARM_UP);
            storeEvents(adapter, WARM_UP_OFFSET, WARM_UP);
            claimAndComplete(adapter);

            // The machine is shared: each figure is the best of a few rounds, each round on fresh ids.
            double thin = 0;
            double plain = 0;
            double plainStore = 0;
            double stored = 0;
            double claimed = 0;
            double thinConcurrent = 0;
            double plainConcurrent = 0;
            double storedConcurrent = 0;
            int queued = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                int offset = round * ROUND_OFFSET;
                thin = Math.max(thin, loops.thin(offset, events, () -> { }));
                plain = Math.max(plain, loops.events(offset, events, () -> { }));
                plainStore = Math.max(plainStore, loops.storeStatements(offset, events));
                stored = Math.max(stored, storeEvents(adapter, offset, events));
                queued = (int) adapter.stats().queued();
                claimed = Math.max(claimed, claimAndComplete(adapter));
                thinConcurrent = Math.max(thinConcurrent, concurrently((i, ready) -> loops.thin(
                        offset + 5_000_000 + i * events, events / THREADS, ready)));
                plainConcurrent = Math.max(plainConcurrent, concurrently((i, ready) -> loops.events(
                        offset + 5_000_000 + i * events, events / THREADS, ready)));
                storedConcurrent = Math.max(storedConcurrent, concurrently((i, ready) -> {
                    ready.await();
                    return storeEvents(adapter, offset + 5_000_000 + i * events, events / THREADS);
                }));
                claimAndComplete(adapter);
            }
            rows.add(row(name, "plain JDBC insert + commit (1 thread)", events, plain, plain));
            rows.add(row(name, "plain JDBC insert + commit, thin rows (1 thread)", events, thin, plain));
            rows.add(row(name, "plain JDBC, a store's statements (1 thread)", events, plainStore, plain));
            rows.add(row(name, "store(): event + queue entry (1 thread)", events, stored, plain));
            rows.add(row(name, "claim + complete (" + WORKERS + " workers)", queued, claimed, plain));
            rows.add(row(name, "plain JDBC insert + commit (" + THREADS + " threads)", events, plainConcurrent, plain));
            rows.add(row(name, "plain JDBC insert + commit, thin (" + THREADS + " threads)", events, thinConcurrent,
                    plain));
            rows.add(row(name, "store() (" + THREADS + " threads)", events, storedConcurrent, plain));
            results.add("RESULT store_vs_plain_" + tag + "=" + String.format("%.2f", stored / plain));
            results.add("RESULT store_vs_thin_plain_" + tag + "=" + String.format("%.2f", stored / thin));
            results.add("RESULT concurrent_store_vs_plain_" + tag + "=" + String.format("%.2f", storedConcurrent / plainConcurrent));
            if (stored / plain < GOAL) {
                // A table line, so that bench/run shows it with the tables.
                missed.add(String.format("| MISSED | store_vs_plain_%s = %.2f, goal >= %.1f: store() %,.0f/s against the "
                        + "plain loop's %,.0f/s on %s, one thread |", tag, stored / plain, GOAL, stored, plain, name));
            }
        }
    }

    private double storeEvents(PersistenceAdapter adapter, int offset, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            adapter.store(new InboundEvent(offset + i, "Subscriber/Updated", OptionalInt.of(1),
                    WorkKey.account(offset + i % accounts), Optional.of(NOW), NOW));
        }
        return perSecond(count, start);
    }

    private double claimAndComplete(PersistenceAdapter adapter) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            String owner = "bench-worker-" + w;
            running.add(workers.submit(() -> {
                List<ClaimedWork> claimed;
                while (!(claimed = adapter.claim(owner, 10, NOW, Duration.ofMinutes(5))).isEmpty()) {
                    for (ClaimedWork work : claimed) {
                        adapter.complete(work, NOW);
                        done.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        workers.shutdown();
        return perSecond(done.get(), start);
    }

    private static String row(String database, String operation, int count, double perSecond, double plain) {
        return String.format("| %-21s | %-49s | %,6d | %,8.0f | %8.2f |", database, operation, count, perSecond,
                perSecond / plain);
    }

    static double perSecond(int count, long startNanos) {
        return count / ((System.nanoTime() - startNanos) / 1e9);
    }

    private void print() {
        System.out.println();
        System.out.printf("IPTV Bridge persistence benchmark: %,d events over %,d accounts, best of %d rounds, %d cores, "
                + "Java %s%n", events, accounts, ROUNDS, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println();
        System.out.println("| database              | operation                                         |  count |  per sec | vs plain |");
        System.out.println("|-----------------------|---------------------------------------------------|-------:|---------:|---------:|");
        rows.forEach(System.out::println);
        System.out.println();
        results.forEach(System.out::println);
        if (!missed.isEmpty()) {
            System.out.println();
            missed.forEach(System.out::println);
        }
    }

    /** One measured loop of a thread, which calls {@code ready} when set up: returns its rate. */
    @FunctionalInterface
    private interface Loop {
        double run(int thread, PlainLoops.Ready ready) throws Exception;
    }

    // THREADS threads each run their loop on ids of their own; the rate is all their rows over the wall time.
    private double concurrently(Loop loop) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            // The clock starts when every thread has its connection: opening them is not what is measured.
            long[] start = new long[1];
            CyclicBarrier ready = new CyclicBarrier(THREADS, () -> start[0] = System.nanoTime());
            List<Future<Double>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                running.add(threads.submit(() -> loop.run(thread, ready::await)));
            }
            for (Future<Double> future : running) {
                future.get();
            }
            return perSecond(events / THREADS * THREADS, start[0]);
        } finally {
            threads.shutdown();
        }
    }
}
