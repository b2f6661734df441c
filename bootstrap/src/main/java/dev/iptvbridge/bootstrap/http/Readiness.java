package dev.iptvbridge.bootstrap.http;

import dev.iptvbridge.embedded.internal.metrics.RemoteSystemCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code /health/ready}, which means "this bridge stores events": UP; DEGRADED (still
 * 200) while a remote system is down, named with its URL, because events are still stored and wait
 * for it; DOWN (503) only when events cannot be stored or worked on (database, migrations, workers).
 *
 * @param httpStatus 200 or 503
 * @param body       {@code {"status": ..., "checks": {<name>: {"status": ..., "detail": ...}}}}
 */
record Readiness(int httpStatus, Map<String, Object> body) {

    static Readiness of(boolean databaseReady, boolean workersRunning, List<RemoteSystemCheck> remoteSystems) {
        Map<String, Object> checks = new LinkedHashMap<>();
        boolean degraded = false;
        for (RemoteSystemCheck system : remoteSystems) {
            Map<String, Object> check = new LinkedHashMap<>();
            boolean up = system.available().getAsBoolean();
            check.put("status", up ? "UP" : "DOWN");
            check.put("url", system.url());
            if (!up) {
                degraded = true;
                check.put("detail", "circuit breaker " + system.state().get() + ": most of its recent calls failed;"
                        + " no work is claimed until it answers a probe"
                        + system.lastFailure().get().map(failure -> "; last failure: " + failure).orElse(""));
            }
            checks.put(system.system().id(), check);
        }
        checks.put("database", check(databaseReady, "reachable and migrated", "unreachable or not migrated"));
        checks.put("workers", check(workersRunning, "running", "not running"));
        boolean storing = databaseReady && workersRunning;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", !storing ? "DOWN" : degraded ? "DEGRADED" : "UP");
        body.put("checks", checks);
        return new Readiness(storing ? 200 : 503, body);
    }

    private static Map<String, Object> check(boolean up, String detailUp, String detailDown) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("status", up ? "UP" : "DOWN");
        check.put("detail", up ? detailUp : detailDown);
        return check;
    }
}
