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

    /** Calls the visitor's method for this kind of failure; a new kind fails to compile until every visitor has one. */
    public abstract <R> R accept(Visitor<R> visitor);

    /** One method per kind of failure: the way to decide by kind without a fallback that would hide a new kind. */
    public interface Visitor<R> {
        R transientFailure(TransientFailure failure);

        /** A call not made because its system is down as a whole (a kind of transient failure). */
        R unavailable(SystemUnavailable failure);

        R permanent(PermanentFailure failure);

        R notFound(NotFoundFailure failure);
    }
}
