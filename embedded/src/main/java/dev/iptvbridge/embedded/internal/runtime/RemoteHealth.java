package dev.iptvbridge.embedded.internal.runtime;

import dev.iptvbridge.embedded.internal.metrics.RemoteSystemCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How each remote system, and the catalog, stands: from its circuit breaker and its latest start-up
 * check. The one judgement behind the daemon's {@code /health/ready} and the embedded face's health.
 *
 * @param name   {@code portabilling}, {@code minerva} or {@code catalog}
 * @param status {@code UP}, {@code DOWN}, or for the catalog also {@code UNKNOWN} (not checked yet)
 * @param url    the system's URL; empty for the catalog
 * @param detail why it is down, or for the catalog what the check found; empty when there is nothing to say
 */
public record RemoteHealth(String name, String status, Optional<String> url, String detail) {

    public boolean down() {
        return "DOWN".equals(status);
    }

    /** @param checks the latest start-up checks by name ({@link StartupChecks#outcomes()}) */
    public static List<RemoteHealth> of(List<RemoteSystemCheck> systems, Map<String, CheckOutcome> checks) {
        List<RemoteHealth> all = new ArrayList<>();
        for (RemoteSystemCheck system : systems) {
            List<String> details = new ArrayList<>();
            boolean up = system.available().getAsBoolean();
            if (!up) {
                details.add("circuit breaker " + system.state().get() + ": most of its recent calls failed;"
                        + " no work is claimed until it answers a probe"
                        + system.lastFailure().get().map(failure -> "; last failure: " + failure).orElse(""));
            }
            CheckOutcome checked = checks.get(system.system().id());
            if (checked != null && "DOWN".equals(checked.status())) {
                up = false;
                details.add("check failed: " + StartupChecks.detail(checked));
            }
            all.add(new RemoteHealth(system.system().id(), up ? "UP" : "DOWN", Optional.of(system.url()),
                    String.join("; ", details)));
        }
        CheckOutcome catalog = checks.get(StartupChecks.CATALOG);
        if (catalog != null) {
            all.add(new RemoteHealth(StartupChecks.CATALOG, catalog.status(), Optional.empty(),
                    StartupChecks.detail(catalog)));
        }
        return all;
    }
}
