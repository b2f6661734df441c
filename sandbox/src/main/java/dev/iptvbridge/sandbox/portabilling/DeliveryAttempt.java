package dev.iptvbridge.sandbox.portabilling;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One attempt to deliver an ESPF event.
 *
 * @param at      when the request was sent (simulator clock)
 * @param status  the HTTP status answered, or {@code 0} when there was no answer
 * @param failure why there was no answer ({@code "timeout"}, a connection error), empty when answered
 */
public record DeliveryAttempt(Instant at, int status, String failure) {

    public DeliveryAttempt {
        requireNonNull(at, "at is null");
        requireNonNull(failure, "failure is null");
    }

    public boolean answered() {
        return status != 0;
    }

    public boolean timedOut() {
        return "timeout".equals(failure);
    }
}
