package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An ESPF event as the bridge stores it. Its type is a hint for people; only its subject matters.
 *
 * @param eventId     PortaBilling's {@code i_event}, unique per event and repeated on redelivery
 * @param type        the event type as sent, such as {@code Subscriber/Updated}
 * @param environment {@code i_env} when the event carried it
 * @param subject     the account or customer to look at again
 * @param eventTime   when PortaBilling says the change happened, when it said so
 * @param receivedAt  when the bridge received it
 */
public record InboundEvent(long eventId, String type, OptionalInt environment, WorkKey subject,
                           Optional<Instant> eventTime, Instant receivedAt) {

    public InboundEvent {
        requireNonNull(type, "type is null");
        requireNonNull(environment, "environment is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(eventTime, "eventTime is null");
        requireNonNull(receivedAt, "receivedAt is null");
    }
}
