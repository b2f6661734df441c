package dev.iptvbridge.sandbox.portabilling;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.time.Clock;

/**
 * {@code POST /espf/v1/account/i/{i_account}/status}: records the provisioning status the
 * bridge reports, form-encoded as the handbook says or as JSON as a public client sends it. Errors
 * are HTTP 4xx with {@code {"error": "..."}} (the body shape is modelled). An outage can be switched
 * on: every report is then answered with the chosen status and not recorded.
 */
final class StatusEndpoint {

    static final int MAX_MESSAGE = 4_000;
    private static final Set<String> STATUSES = Set.of("OK", "IN_PROGRESS", "RETRY", "FAILED");

    private final BillingStore store;
    private final SessionStore sessions;
    private final Clock clock;
    private final Map<String, ReportedStatus> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger outage = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();

    StatusEndpoint(BillingStore store, SessionStore sessions, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
    }

    void handle(Context ctx) {
        String header = ctx.header("Authorization");
        try {
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new Fault(Fault.CHECK_AUTH_FAILED, "send 'Authorization: Bearer <access_token>' from Session/login");
            }
            sessions.authorise(header.substring(7).trim(), null);
        } catch (Fault fault) {
            error(ctx, 401, fault.faultstring());
            return;
        }
        long iAccount;
        Map<String, Object> body;
        try {
            iAccount = Long.parseLong(ctx.pathParam("i_account"));
            body = isForm(ctx) ? form(ctx) : Json.readObject(ctx.body(), "the request body");
        } catch (NumberFormatException e) {
            error(ctx, 400, "i_account in the path must be a number, got '" + ctx.pathParam("i_account") + "'");
            return;
        } catch (Fault fault) {
            error(ctx, 400, fault.faultstring());
            return;
        }
        int failing = outage.get();
        if (failing != 0) {
            refused.incrementAndGet();
            error(ctx, failing, "the ESPF status API is unavailable (simulated outage)");
            return;
        }
        if (store.account(iAccount).isEmpty()) {
            error(ctx, 404, "account " + iAccount + " does not exist");
            return;
        }
        Object status = body.get("status");
        Object group = body.get("group");
        Object message = body.getOrDefault("message", "");
        if (!(status instanceof String) || !STATUSES.contains(status)) {
            error(ctx, 400, "status must be one of OK, IN_PROGRESS, RETRY, FAILED, got " + Params.describe(status));
        } else if (!(group instanceof String) || ((String) group).isBlank()) {
            error(ctx, 400, "group is required, e.g. \"IPTV\"");
        } else if (!(message instanceof String)) {
            error(ctx, 400, "message must be a string");
        } else if (((String) message).length() > MAX_MESSAGE) {
            error(ctx, 400, "message is " + ((String) message).length() + " characters long; at most " + MAX_MESSAGE + " are allowed");
        } else {
            statuses.put(key(iAccount, (String) group), new ReportedStatus((String) status, (String) group, (String) message, clock.instant()));
            ctx.status(200).contentType("application/json").result("{}");
        }
    }

    Optional<ReportedStatus> status(long iAccount, String group) {
        return Optional.ofNullable(statuses.get(key(iAccount, group)));
    }

    void clear() {
        statuses.clear();
        outage.set(0);
        refused.set(0);
    }

    /** From now on every report is answered {@code httpStatus} and not recorded; 0 ends the outage. */
    void failWith(int httpStatus) {
        if (httpStatus != 0 && (httpStatus < 400 || httpStatus > 599)) {
            throw new IllegalArgumentException("an outage answers 4xx or 5xx, not " + httpStatus + "; 0 ends it");
        }
        outage.set(httpStatus);
    }

    /** Reports answered with the outage's status since start or reset. */
    long refused() {
        return refused.get();
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.header("Content-Type");
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The form's fields, the first value of each, as the JSON body's would be. */
    private static Map<String, Object> form(Context ctx) {
        Map<String, Object> fields = new HashMap<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (!values.isEmpty()) {
                fields.put(name, values.get(0));
            }
        });
        return fields;
    }

    private static String key(long iAccount, String group) {
        return iAccount + "/" + group;
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json").result(Json.write(Map.of("error", message)));
    }
}
