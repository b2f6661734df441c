package dev.iptvbridge.embedded.internal.metrics;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.RemoteSystem;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What the bridge can ask an adapter about its remote system without calling it, and the one call
 * that probes it.
 *
 * @param url         the system's base URL, shown in the health check (it carries no credentials)
 * @param available   whether its circuit breaker is closed
 * @param state       the breaker's state: CLOSED, OPEN or HALF_OPEN
 * @param lastFailure the last failure that counted against the system
 * @param probe       a cheap call through the breaker; never throws
 */
public record RemoteSystemCheck(RemoteSystem system, String url, BooleanSupplier available, Supplier<String> state,
                                Supplier<Optional<String>> lastFailure, Runnable probe) {

    public RemoteSystemCheck {
        requireNonNull(system, "system is null");
        requireNonNull(url, "url is null");
        requireNonNull(available, "available is null");
        requireNonNull(state, "state is null");
        requireNonNull(lastFailure, "lastFailure is null");
        requireNonNull(probe, "probe is null");
    }
}
