package dev.iptvbridge.bootstrap.bench;

import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.embedded.config.BridgeConfig;
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
                deliver(webhook, 0, THREADS * 20);
                deliverWithJdkClient(webhook, 500_000_000L, THREADS * 5);
                plain(db, 0, THREADS * 20);
                double http = 0;
                double plain = 0;
                for (int round = 1; round <= ROUNDS; round++) {
                    http = Math.max(http, deliver(webhook, round * 10_000_000L, events));
                    plain = Math.max(plain, plain(db, round * 10_000_000L, events));
                }
                double jdk = deliverWithJdkClient(webhook, 600_000_000L, events / 4 / THREADS * THREADS);
                String tag = database.equals("h2") ? "h2" : "pg";
                System.out.println();
                System.out.printf("| intake on %s, %d threads | events/s | vs plain |%n", database, THREADS);
                System.out.println("|---|---:|---:|");
                System.out.printf("| plain JDBC insert + commit | %,.0f | 1.00 |%n", plain);
                System.out.printf("| ESPF webhook, answered 200 (event stored, account queued) | %,.0f | %.2f |%n", http,
                        http / plain);
                System.out.printf("| the same through the JDK's HttpClient (one round, for reference) | %,.0f | %.2f |%n",
                        jdk, jdk / plain);
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

    // Each thread one kept-alive connection, opened before the clock starts.
    private static double deliver(URI webhook, long firstEvent, int events) throws Exception {
        String auth = authorization();
        return concurrently(events, null, (thread, count, ready) -> {
            try (KeepAlivePoster poster = new KeepAlivePoster(webhook, auth)) {
                ready.await();
                for (int i = 0; i < count; i++) {
                    long event = firstEvent + (long) thread * count + i + 1;
                    int status = poster.post(event(event));
                    if (status != 200) {
                        throw new IllegalStateException("event " + event + " answered " + status);
                    }
                }
            }
        });
    }

    private static double deliverWithJdkClient(URI webhook, long firstEvent, int events) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String auth = authorization();
        return concurrently(events, (thread, count) -> {
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
        }, null);
    }

    private static double plain(BridgeConfig.DatabaseConfig db, long firstId, int events) throws Exception {
        try (Connection ddl = DriverManager.getConnection(db.url(), db.username(), db.password());
             Statement create = ddl.createStatement()) {
            create.execute("CREATE TABLE IF NOT EXISTS bench_plain (id BIGINT PRIMARY KEY, payload VARCHAR(200))");
        }
        return concurrently(events, (thread, count) -> {
            throw new IllegalStateException("set up per thread");
        }, (thread, count, ready) -> {
            try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_plain (id, payload) VALUES (?, ?)")) {
                connection.setAutoCommit(false);
                ready.await();
                for (int i = 0; i < count; i++) {
                    insert.setLong(1, firstId + (long) thread * count + i);
                    insert.setString(2, "Subscriber/Updated");
                    insert.executeUpdate();
                    connection.commit();
                }
            }
        });
    }

    @FunctionalInterface
    private interface Loop {
        void run(int thread, int count) throws Exception;
    }

    @FunctionalInterface
    private interface SetUpLoop {
        void run(int thread, int count, CyclicBarrier ready) throws Exception;
    }

    // The clock starts when every thread is set up (its connection open); the rate is all rows over the wall time.
    private static double concurrently(int events, Loop loop, SetUpLoop setUp) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            long[] start = new long[1];
            CyclicBarrier ready = new CyclicBarrier(THREADS, () -> start[0] = System.nanoTime());
            List<Future<?>> running = new ArrayList<>();
            int count = events / THREADS;
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                running.add(threads.submit(() -> {
                    if (setUp != null) {
                        setUp.run(thread, count, ready);
                    } else {
                        ready.await();
                        loop.run(thread, count);
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return count * THREADS / ((System.nanoTime() - start[0]) / 1e9);
        } finally {
            threads.shutdown();
        }
    }
}
