package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A call not made because its remote system is down as a whole: most recent calls to it failed
 * transiently (an open circuit breaker). Unlike other transient failures it says nothing about the
 * work that asked for the call, so that work keeps its attempts: it is handed back, not retried
 * later, and waits until {@link RemoteSystemsPort#unavailable()} no longer names the system.
 */
public final class SystemUnavailable extends TransientFailure {

    private final transient RemoteSystem system;

    /**
     * @param system  the system found down, never null
     * @param message what was not done and why, for logs and the audit trail
     */
    public SystemUnavailable(RemoteSystem system, String message) {
        super(message, Optional.empty(), null);
        this.system = requireNonNull(system, "system is null");
    }

    public RemoteSystem system() {
        return system;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.unavailable(this);
    }
}
