package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** A decoded ESPF event: its {@code i_event}, type, {@code i_env} if sent, the account or customer, and time. */
public record AcceptEventCommand(long eventId, String type, OptionalInt environment, WorkKey subject,
                                 Optional<Instant> eventTime) {

    public AcceptEventCommand {
        requireNonNull(type, "type is null");
        requireNonNull(environment, "environment is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(eventTime, "eventTime is null");
    }
}
