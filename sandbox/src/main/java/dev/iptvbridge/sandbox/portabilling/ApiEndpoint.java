package dev.iptvbridge.sandbox.portabilling;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /rest/{Service}/{method}}: the envelope (JSON {@code {"params"}} with a Bearer
 * token, or form-encoded {@code auth_info} and {@code params}), authorisation, call counts and
 * faults as HTTP 500 {@code {"faultcode", "faultstring"}}.
 */
final class ApiEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(ApiEndpoint.class);

    private final ApiMethods methods;
    private final SessionStore sessions;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private volatile Duration latency = Duration.ZERO;
    private final ChargeFaults faults;

    ApiEndpoint(ApiMethods methods, SessionStore sessions, ChargeFaults faults) {
        this.methods = methods;
        this.sessions = sessions;
        this.faults = faults;
    }

    void handle(Context ctx) {
        String name = ctx.pathParam("service") + "/" + ctx.pathParam("method");
        counts.computeIfAbsent(name, k -> new LongAdder()).increment();
        pause();
        try {
            ApiMethod method = methods.find(name).orElseThrow(() -> new Fault(Fault.METHOD_NOT_FOUND,
                    "method " + name + " is not known to the simulator; see docs/sandbox-portabilling.md for the modelled methods"));
            Map<String, Object> params;
            Map<String, Object> authInfo;
            String contentType = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
            if (contentType.startsWith("application/x-www-form-urlencoded")) {
                params = Json.readObject(ctx.formParam("params"), "the form field 'params'");
                authInfo = Json.readObject(ctx.formParam("auth_info"), "the form field 'auth_info'");
            } else {
                Map<String, Object> body = Json.readObject(ctx.body(), "the request body");
                for (String key : body.keySet()) {
                    if (!key.equals("params") && !key.equals("auth_info")) {
                        throw Fault.badRequest("unexpected key '" + key + "' in the body: send {\"params\": {...}}");
                    }
                }
                params = body.containsKey("params") ? Params.requireObject(body, "params") : Map.of();
                authInfo = body.containsKey("auth_info") ? Params.requireObject(body, "auth_info") : Map.of();
            }
            SessionStore.Session session = ApiMethods.ANONYMOUS.contains(name) ? null : authorise(ctx, authInfo);
            faults.beforeCall(name);
            answer(ctx, 200, method.call(params, session));
        } catch (Fault fault) {
            answer(ctx, 500, Map.of("faultcode", fault.faultcode(), "faultstring", fault.faultstring()));
        } catch (RuntimeException e) {
            LOG.warn("PortaBilling simulator failed on {}", name, e);
            answer(ctx, 500, Map.of("faultcode", "Server.Internal", "faultstring", "simulator error: " + e));
        }
    }

    /** Every call takes at least this long (a benchmark's 20 ms); zero removes it. */
    void latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must be 0 or more, not " + delay);
        }
        latency = delay;
    }

    private void pause() {
        Duration delay = latency;
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    Map<String, Long> counts() {
        Map<String, Long> snapshot = new java.util.TreeMap<>();
        counts.forEach((k, v) -> snapshot.put(k, v.sum()));
        return snapshot;
    }

    void clearCounts() {
        counts.clear();
    }

    private SessionStore.Session authorise(Context ctx, Map<String, Object> authInfo) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return sessions.authorise(header.substring(7).trim(), null);
        }
        if (authInfo.containsKey("session_id")) {
            return sessions.authorise(null, Params.optionalText(authInfo, "session_id").orElse(""));
        }
        if (authInfo.containsKey("access_token")) {
            return sessions.authorise(Params.optionalText(authInfo, "access_token").orElse(""), null);
        }
        if (authInfo.containsKey("login")) {
            sessions.requireCredentials(authInfo);
            return new SessionStore.Session("", "", java.time.Instant.MAX, java.time.Instant.MAX);
        }
        throw new Fault(Fault.CHECK_AUTH_FAILED,
                "no credentials: send 'Authorization: Bearer <access_token>' (from Session/login) or auth_info");
    }

    private static void answer(Context ctx, int status, Map<String, Object> body) {
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }
}
