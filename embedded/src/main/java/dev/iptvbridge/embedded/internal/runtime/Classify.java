package dev.iptvbridge.embedded.internal.runtime;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.SystemUnavailable;
import dev.iptvbridge.application.port.out.TransientFailure;

/**
 * A failed check call, by what it means at start: the call is fixed and valid, so a permanent answer
 * (refused credentials, a URL that leads elsewhere) is the configuration's fault; a transient one
 * (no connection, timeout, 5xx, breaker open) is the system's, and passes.
 */
final class Classify implements IntegrationException.Visitor<CheckOutcome> {

    @Override
    public CheckOutcome transientFailure(TransientFailure failure) {
        return new CheckOutcome.Unreachable(failure.getMessage());
    }

    @Override
    public CheckOutcome unavailable(SystemUnavailable failure) {
        return new CheckOutcome.Unreachable(failure.getMessage());
    }

    @Override
    public CheckOutcome permanent(PermanentFailure failure) {
        return new CheckOutcome.Refused(failure.getMessage());
    }

    @Override
    public CheckOutcome notFound(NotFoundFailure failure) {
        return new CheckOutcome.Refused(failure.getMessage() + "; the URL does not lead to the API");
    }
}
