package dev.iptvbridge.sandbox.portabilling;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;

/** A tiny webhook on 127.0.0.1 that records every request and answers what the test decides. */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String body, Map<String, List<String>> headers, long nanoTime) {
        String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile ToIntFunction<Received> answer = r -> 200;
    private volatile long sleepMillisOnce;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/espf", exchange -> {
            Received request = new Received(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    Map.copyOf(exchange.getRequestHeaders()), System.nanoTime());
            received.add(request);
            long sleep = sleepMillisOnce;
            if (sleep > 0) {
                sleepMillisOnce = 0;
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(answer.applyAsInt(request), -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/espf/events";
    }

    void answer(ToIntFunction<Received> policy) {
        answer = policy;
    }

    /** The next request is answered only after this long (to make the sender time out once). */
    void stallNext(long millis) {
        sleepMillisOnce = millis;
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    List<String> bodies() {
        List<String> bodies = new ArrayList<>();
        received.forEach(r -> bodies.add(r.body()));
        return bodies;
    }

    void clear() {
        received.clear();
        answer = r -> 200;
        sleepMillisOnce = 0;
    }

    int count() {
        return received.size();
    }

    /** How many different {@code i_event}s arrived: what a receiver that stores each once holds (delivery is at least once). */
    long events() {
        return received.stream().map(r -> EspfEventsIT.iEvent(r.body())).distinct().count();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
