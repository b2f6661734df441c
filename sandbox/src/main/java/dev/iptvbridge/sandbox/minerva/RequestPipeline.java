package dev.iptvbridge.sandbox.minerva;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * What every request goes through: counting, the concurrency cap, the rate limit, Basic auth,
 * latency, injected faults, the operation itself, the answer and the journal.
 */
final class RequestPipeline {

    /** One operation: reads the request, changes the store, returns the answer. */
    interface Operation {
        Answer apply(Context ctx);
    }

    /** A success answer: a status and a body to serialise (null: no body). */
    record Answer(int status, Object body) { }

    private final ObjectMapper json;
    private final MinervaFaults faults;
    private final byte[] expectedAuthorization;
    private final Journal journal = new Journal(100_000);
    private final Map<MinervaOperation, LongAdder> counts = new EnumMap<>(MinervaOperation.class);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private volatile CountDownLatch wake = new CountDownLatch(1);
    private volatile boolean stopped;

    RequestPipeline(ObjectMapper json, MinervaFaults faults, String username, String password) {
        this.json = json;
        this.faults = faults;
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.expectedAuthorization = ("Basic " + token).getBytes(StandardCharsets.UTF_8);
        for (MinervaOperation op : MinervaOperation.values()) {
            counts.put(op, new LongAdder());
        }
    }

    void handle(MinervaOperation op, Context ctx, Operation operation) {
        long started = System.nanoTime();
        Instant arrived = Instant.now();
        int now = inFlight.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        counts.get(op).increment();
        int status = 0;
        try {
            status = run(op, ctx, operation, now);
        } finally {
            inFlight.decrementAndGet();
            journal.add(new JournalEntry(arrived, ctx.method().name(), ctx.path(), op.wireName(), status,
                    Duration.ofNanos(System.nanoTime() - started)));
        }
    }

    private int run(MinervaOperation op, Context ctx, Operation operation, int concurrent) {
        int cap = faults.concurrencyCap();
        if (cap > 0 && concurrent > cap) {
            return error(ctx, 503, "UNAVAILABLE", "more than " + cap + " concurrent requests");
        }
        long retryAfter = faults.takeRate();
        if (retryAfter > 0) {
            ctx.header("Retry-After", Long.toString(retryAfter));
            return error(ctx, 429, "RATE_LIMITED", "too many requests; retry after " + retryAfter + " s");
        }
        if (!authorized(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Basic realm=\"minerva\"");
            return error(ctx, 401, "UNAUTHORIZED", "missing or wrong credentials");
        }
        pause(faults.latencyOf(op));
        return faults.decide(op).accept(new FaultAction.Visitor<Integer>() {
            @Override
            public Integer proceed(FaultAction.Proceed action) {
                return apply(ctx, operation, answer -> send(ctx, answer.status(), answer.body()));
            }

            @Override
            public Integer fail(FaultAction.Fail action) {
                if (action.status() == 429) {
                    ctx.header("Retry-After", "1");
                }
                return error(ctx, action.status(), MinervaHttpError.codeFor(action.status()), "injected failure");
            }

            @Override
            public Integer raw(FaultAction.Raw action) {
                ctx.status(action.status()).contentType(action.contentType()).result(action.body());
                return action.status();
            }

            @Override
            public Integer hold(FaultAction.Hold action) {
                if (!action.applyChange()) {
                    pause(action.hold());
                    return error(ctx, 503, "UNAVAILABLE", "timed out before applying the request");
                }
                return apply(ctx, operation, answer -> {
                    pause(action.hold());
                    return send(ctx, answer.status(), answer.body());
                });
            }

            @Override
            public Integer dropAfterApply(FaultAction.DropAfterApply action) {
                return apply(ctx, operation, answer -> {
                    dropConnection(ctx);
                    return 0;
                });
            }
        });
    }

    // Applies the operation; its error is answered at once, its answer goes to `then`.
    private int apply(Context ctx, Operation operation, Function<Answer, Integer> then) {
        Answer answer;
        try {
            answer = operation.apply(ctx);
        } catch (MinervaHttpError e) {
            return error(ctx, e.status(), e.code(), e.getMessage());
        } catch (RuntimeException e) {
            return error(ctx, 500, "INTERNAL", "simulator failure: " + e);
        }
        return then.apply(answer);
    }

    private boolean authorized(String header) {
        return header != null && MessageDigest.isEqual(expectedAuthorization, header.getBytes(StandardCharsets.UTF_8));
    }

    private int error(Context ctx, int status, String code, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        return send(ctx, status, Map.of("MinervaError", error));
    }

    private int send(Context ctx, int status, Object body) {
        ctx.status(status);
        if (body != null) {
            try {
                ctx.contentType("application/json").result(json.writeValueAsBytes(body));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise " + body.getClass().getSimpleName(), e);
            }
        }
        return status;
    }

    private static void dropConnection(Context ctx) {
        // Close the socket under the request: the client sees an I/O error although the change happened.
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        request.getConnectionMetaData().getConnection().getEndPoint().close();
    }

    private void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            // Wakes early on reset or stop, so a held request never delays the next test or shutdown.
            wake.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void release() {
        stopped = true;
        wake.countDown();
    }

    int inFlight() {
        return inFlight.get();
    }

    Map<String, Long> callCounts() {
        Map<String, Long> snapshot = new LinkedHashMap<>();
        counts.forEach((op, n) -> snapshot.put(op.wireName(), n.sum()));
        return snapshot;
    }

    int maxConcurrentSeen() {
        return peak.get();
    }

    java.util.List<JournalEntry> journal() {
        return journal.entries();
    }

    void reset() {
        CountDownLatch held = wake;
        if (!stopped) {
            wake = new CountDownLatch(1);
        }
        held.countDown();
        counts.values().forEach(LongAdder::reset);
        journal.clear();
        peak.set(inFlight.get());
    }
}
