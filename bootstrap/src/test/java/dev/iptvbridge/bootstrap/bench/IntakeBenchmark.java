package dev.iptvbridge.bootstrap.bench;

import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.embedded.config.BridgeConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Intake through the real HTTP endpoint: 32 threads deliver ESPF events to the daemon's webhook at once,
 * each waiting for its answer, beside a plain JDBC insert-and-commit loop run with 32 threads on the same
 * database. The daemon's entries settle for a minute, so that no reconcile runs meanwhile: what is
 * measured is HTTP, decoding, and the durable store. Each delivery is one kept-alive HTTP/1.1
 * connection of {@link KeepAlivePoster}, as PortaBilling's parallel deliveries are; the JDK's client
 * runs one round of its own beside it for reference. Arguments (optional): {@code database events};
 * default {@code postgres 8000}. Each figure is the best of two rounds after a warm-up.
 */
public final class IntakeBenchmark {

    private static final int THREADS = 32;
    private static final int ROUNDS = 2;
    private static final int WARM_UP = 20_000 / THREADS * THREADS;
    private static final ThreadMXBean CLIENT_CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "postgres";
        int events = BurstBenchmark.arg(args, 1, 8000) / THREADS * THREADS;
        Path data = Files.createTempDirectory("iptv-bridge-intake");
        try {
            Map<String, String> settings = new HashMap<>(BenchDatabase.settings(database));
            settings.putAll(Map.of("workers", "1", "database.maxPoolSize", String.valueOf(THREADS + 8),
                    "maintenance.sweepInterval", "0s", "queue.settleDelay", "1m"));
            // Nothing is reconciled while the settle delay runs, so no simulator is needed behind the URLs.
            Path config = SandboxConfiguration.write(data, 0, "http://127.0.0.1:9", "http://127.0.0.1:9", settings);
            try (IptvBridge bridge = IptvBridge.fromConfigFile(config, Map.of())) {
                int port = bridge.daemon().start();
                BridgeConfig.DatabaseConfig db = bridge.config().database();
                URI webhook = URI.create("http://127.0.0.1:" + port + "/espf/events");
                // Long enough for the JIT to compile the request's path: after 640 requests it still ran in the first
                // tier, at several times its compiled cost, during the rounds.
                deliver(webhook, 0, WARM_UP);
                deliverWithJdkClient(webhook, 500_000_000L, THREADS * 5);
                plain(db, 0, WARM_UP / 4);
                Measured bestHttp = null;
                Measured bestPlain = null;
                for (int round = 1; round <= ROUNDS; round++) {
                    bestHttp = Measured.better(bestHttp, deliver(webhook, round * 10_000_000L, events));
                    bestPlain = Measured.better(bestPlain, plain(db, round * 10_000_000L, events));
                }
                Measured jdkRound = deliverWithJdkClient(webhook, 600_000_000L, events / 4 / THREADS * THREADS);
                double http = bestHttp.perSecond();
                double plain = bestPlain.perSecond();
                double jdk = jdkRound.perSecond();
                String tag = database.equals("h2") ? "h2" : "pg";
                System.out.println();
                System.out.printf("| intake on %s, %d threads | events/s | vs plain | CPU per event |%n", database, THREADS);
                System.out.println("|---|---:|---:|---|");
                System.out.printf("| plain JDBC insert + commit | %,.0f | 1.00 | %s |%n", plain, bestPlain.cpu());
                System.out.printf("| ESPF webhook, answered 200 (event stored, account queued) | %,.0f | %.2f | %s |%n", http,
                        http / plain, bestHttp.cpu());
                System.out.printf("| the same through the JDK's HttpClient (one round, for reference) | %,.0f | %.2f | %s |%n",
                        jdk, jdk / plain, jdkRound.cpu());
                if (http / plain < 1.0) {
                    System.out.printf("| MISSED | concurrent_vs_plain_%s = %.2f, goal >= 1.0: %,.0f events/s against the "
                            + "plain loop's %,.0f/s |%n", tag, http / plain, http, plain);
                }
                System.out.println();
                System.out.printf("RESULT concurrent_vs_plain_%s=%.2f%n", tag, http / plain);
            }
        } finally {
            BenchDatabase.stop();
            BurstBenchmark.deleteQuietly(data);
        }
    }

    private static String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((SandboxWorld.WEBHOOK_USER + ":"
                + SandboxWorld.WEBHOOK_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String event(long event) {
        return "{\"event_type\": \"Subscriber/Updated\", \"variables\": {\"i_event\": " + event
                + ", \"i_account\": " + (3_000_000 + event % 5000) + ", \"i_env\": 3}}";
    }

    // Each thread one kept-alive connection, opened before the clock starts and closed after it stops.
    private static Measured deliver(URI webhook, long firstEvent, int events) throws Exception {
        String auth = authorization();
        return concurrently(events, (thread, count, clock) -> {
            try (KeepAlivePoster poster = new KeepAlivePoster(webhook, auth)) {
                clock.start();
                for (int i = 0; i < count; i++) {
                    long event = firstEvent + (long) thread * count + i + 1;
                    int status = poster.post(event(event));
                    if (status != 200) {
                        throw new IllegalStateException("event " + event + " answered " + status);
                    }
                }
                clock.stop();
            }
        });
    }

    private static Measured deliverWithJdkClient(URI webhook, long firstEvent, int events) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String auth = authorization();
        return concurrently(events, (thread, count, clock) -> {
            clock.start();
            for (int i = 0; i < count; i++) {
                long event = firstEvent + (long) thread * count + i + 1;
                HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(webhook).header("Authorization", auth)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(event(event)))
                        .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("event " + event + " answered " + answer.statusCode());
                }
            }
            clock.stop();
        });
    }

    // Connections stay open until the clock stops, so that their PostgreSQL backends' CPU is counted.
    private static Measured plain(BridgeConfig.DatabaseConfig db, long firstId, int events) throws Exception {
        try (Connection ddl = DriverManager.getConnection(db.url(), db.username(), db.password());
             Statement create = ddl.createStatement()) {
            create.execute("CREATE TABLE IF NOT EXISTS bench_plain (id BIGINT PRIMARY KEY, payload VARCHAR(200))");
        }
        return concurrently(events, (thread, count, clock) -> {
            try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_plain (id, payload) VALUES (?, ?)")) {
                connection.setAutoCommit(false);
                clock.start();
                for (int i = 0; i < count; i++) {
                    insert.setLong(1, firstId + (long) thread * count + i);
                    insert.setString(2, "Subscriber/Updated");
                    insert.executeUpdate();
                    connection.commit();
                }
                clock.stop();
            }
        });
    }

    /** A round's rate and where its CPU went. */
    private record Measured(double perSecond, String cpu) {
        static Measured better(Measured best, Measured next) {
            return best == null || next.perSecond > best.perSecond ? next : best;
        }
    }

    /** What each thread calls once set up, and once its last event is answered. */
    private record Clock(CyclicBarrier started, CyclicBarrier stopped) {
        void start() throws Exception {
            started.await();
        }

        void stop() throws Exception {
            stopped.await();
        }
    }

    @FunctionalInterface
    private interface Loop {
        void run(int thread, int count, Clock clock) throws Exception;
    }

    // The clock runs from every thread set up to every thread done; the rate is all events over that time.
    private static Measured concurrently(int events, Loop loop) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            long[] nanos = new long[2];
            CpuMeter[] cpu = new CpuMeter[1];
            String[] spent = new String[1];
            LongAdder clientNanos = new LongAdder();
            int count = events / THREADS;
            int total = count * THREADS;
            Clock clock = new Clock(new CyclicBarrier(THREADS, () -> {
                cpu[0] = CpuMeter.now();
                nanos[0] = System.nanoTime();
            }), new CyclicBarrier(THREADS, () -> {
                nanos[1] = System.nanoTime();
                spent[0] = cpu[0].perEvent(total);
            }));
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                running.add(threads.submit(() -> {
                    long own = CLIENT_CPU.getCurrentThreadCpuTime();
                    loop.run(thread, count, clock);
                    clientNanos.add(CLIENT_CPU.getCurrentThreadCpuTime() - own);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return new Measured(total / ((nanos[1] - nanos[0]) / 1e9), spent[0]
                    + String.format(" (%.0f µs of the JVM's in the benchmark's own threads)", clientNanos.sum() / 1e3 / total));
        } finally {
            threads.shutdown();
        }
    }
}
