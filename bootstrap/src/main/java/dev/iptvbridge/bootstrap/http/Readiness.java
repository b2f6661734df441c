package dev.iptvbridge.bootstrap.http;

import dev.iptvbridge.embedded.internal.metrics.RemoteSystemCheck;
import dev.iptvbridge.embedded.internal.runtime.CheckOutcome;
import dev.iptvbridge.embedded.internal.runtime.HostRuntime;
import dev.iptvbridge.embedded.internal.runtime.RemoteHealth;
import dev.iptvbridge.embedded.internal.runtime.StartupChecks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer of {@code /health/ready}, which means "this bridge stores events": UP; DEGRADED (still
 * 200) while a remote system is down or refuses the bridge's credentials, named with its URL, or while
 * the catalog names packages Minerva does not know, because events are still stored and wait; DOWN
 * (503) only when events cannot be stored or worked on (database, migrations, workers).
 *
 * @param httpStatus 200 or 503
 * @param body       {@code {"status": ..., "checks": {<name>: {"status": ..., "detail": ...}}}}
 */
record Readiness(int httpStatus, Map<String, Object> body) {

    /** @param checks the latest start-up checks by name ({@link StartupChecks#outcomes()}) */
    static Readiness of(boolean databaseReady, boolean workersRunning, List<RemoteSystemCheck> remoteSystems,
                        Map<String, CheckOutcome> checks) {
        return of(databaseReady, workersRunning, remoteSystems, checks, Optional.empty());
    }

    /** @param catalogRefused why the catalog file changed while running is refused (the old catalog stays), while it is */
    static Readiness of(boolean databaseReady, boolean workersRunning, List<RemoteSystemCheck> remoteSystems,
                        Map<String, CheckOutcome> checks, Optional<String> catalogRefused) {
        Map<String, Object> answers = new LinkedHashMap<>();
        boolean degraded = false;
        for (RemoteHealth health : RemoteHealth.of(remoteSystems, checks)) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("status", health.status());
            health.url().ifPresent(url -> answer.put("url", url));
            if (health.url().isEmpty()) {
                answer.put("detail", health.detail().isEmpty() ? "the catalog fits Minerva and PortaBilling"
                        : health.detail());
            } else if (!health.detail().isEmpty()) {
                answer.put("detail", health.detail());
            }
            degraded |= health.down();
            answers.put(health.name(), answer);
        }
        catalogRefused.ifPresent(why -> answers.put(HostRuntime.CATALOG_RELOAD, Map.of("status", "DOWN", "detail",
                "the changed catalog file is refused and the previous catalog stays in use: " + why)));
        degraded |= catalogRefused.isPresent();
        answers.put("database", check(databaseReady, "reachable and migrated", "unreachable or not migrated"));
        answers.put("workers", check(workersRunning, "running", "not running"));
        boolean storing = databaseReady && workersRunning;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", !storing ? "DOWN" : degraded ? "DEGRADED" : "UP");
        body.put("checks", answers);
        return new Readiness(storing ? 200 : 503, body);
    }

    private static Map<String, Object> check(boolean up, String detailUp, String detailDown) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("status", up ? "UP" : "DOWN");
        check.put("detail", up ? detailUp : detailDown);
        return check;
    }
}
