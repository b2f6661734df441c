package dev.iptvbridge.bootstrap.bench;

import com.sun.net.httpserver.HttpServer;
import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The convergence benchmark's baseline, a simple edge-triggered handler: it answers each ESPF event
 * 200, keeps it in memory in arrival order, and its workers reconcile the event's account once per
 * event, one event at a time each, with no coalescing and no settle delay. Two events of one account
 * are never reconciled at once (the later waits), as a careful handler would do. It reconciles through
 * the bridge's own reconcile use case, so that only coalescing, settling and batching differ.
 */
final class EdgeTriggeredBaseline implements AutoCloseable {

    private static final Pattern ACCOUNT = Pattern.compile("\"i_account\"\\s*:\\s*\"?(\\d+)");
    private static final Pattern EVENT = Pattern.compile("\"i_event\"\\s*:\\s*\"?(\\d+)");
    private static final int LOCK_STRIPES = 1024;

    private final HttpServer server;
    private final ExecutorService receivers = Executors.newFixedThreadPool(32);
    private final ExecutorService workers;
    private final LinkedBlockingQueue<long[]> events = new LinkedBlockingQueue<>();
    private final ReentrantLock[] accountLocks = new ReentrantLock[LOCK_STRIPES];
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong reconciles = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean running = true;

    EdgeTriggeredBaseline(ReconcileAccountUseCase reconcile, int workerCount) throws IOException {
        for (int i = 0; i < LOCK_STRIPES; i++) {
            accountLocks[i] = new ReentrantLock(true);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(receivers);
        server.createContext("/espf/events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher account = ACCOUNT.matcher(body);
            Matcher event = EVENT.matcher(body);
            if (account.find() && event.find()) {
                received.incrementAndGet();
                events.add(new long[] {Long.parseLong(account.group(1)), Long.parseLong(event.group(1))});
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        workers = Executors.newFixedThreadPool(workerCount);
        for (int w = 0; w < workerCount; w++) {
            workers.submit(() -> work(reconcile));
        }
    }

    String webhookUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/espf/events";
    }

    /** Every event received has been reconciled. */
    boolean idle() {
        return reconciles.get() == received.get();
    }

    long reconciles() {
        return reconciles.get();
    }

    long failures() {
        return failures.get();
    }

    private Void work(ReconcileAccountUseCase reconcile) throws InterruptedException {
        while (running) {
            long[] next = events.poll(100, TimeUnit.MILLISECONDS);
            if (next == null) {
                continue;
            }
            ReentrantLock lock = accountLocks[(int) Math.floorMod(next[0], (long) LOCK_STRIPES)];
            lock.lock();
            try {
                if (reconcile.reconcile(new ReconcileAccountCommand(next[0], false, List.of(next[1])))
                        .failure().isPresent()) {
                    failures.incrementAndGet();
                }
                reconciles.incrementAndGet();
            } finally {
                lock.unlock();
            }
        }
        return null;
    }

    @Override
    public void close() {
        running = false;
        server.stop(0);
        receivers.shutdownNow();
        workers.shutdownNow();
    }
}
