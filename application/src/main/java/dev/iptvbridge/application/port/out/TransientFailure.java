package dev.iptvbridge.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure that may go away by itself (timeout, 5xx, 429, database away): retry later.
 * {@link SystemUnavailable} is the kind that names a remote system found down as a whole.
 */
public sealed class TransientFailure extends IntegrationException permits SystemUnavailable {

    private final transient Optional<Duration> retryAfter;

    public TransientFailure(String message, Throwable cause) {
        this(message, Optional.empty(), cause);
    }

    public TransientFailure(String message, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
    }

    /** The delay the remote side asked for, such as an HTTP {@code Retry-After}. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.transientFailure(this);
    }
}
