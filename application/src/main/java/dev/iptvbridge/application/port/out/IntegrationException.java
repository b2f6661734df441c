package dev.iptvbridge.application.port.out;

/**
 * A failure of a port, by what it means for the caller: {@link TransientFailure} (retry later),
 * {@link PermanentFailure} (needs a person) or {@link NotFoundFailure} (the thing is not there).
 * Adapters translate their transport exceptions into these at their edge.
 */
public abstract sealed class IntegrationException extends RuntimeException
        permits TransientFailure, PermanentFailure, NotFoundFailure {

    protected IntegrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
