package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.AcceptEventCommand;
import dev.iptvbridge.application.port.in.AcceptEventResult;
import dev.iptvbridge.application.port.in.AcceptEventUseCase;
import dev.iptvbridge.application.port.out.InboundEvent;
import dev.iptvbridge.application.port.out.InboxPort;
import dev.iptvbridge.application.port.out.StoreOutcome;
import jakarta.inject.Inject;
import java.time.Clock;

/** Stores an ESPF event and queues its subject, unless it belongs to another environment. */
public final class AcceptEventService implements AcceptEventUseCase {

    private final InboxPort inbox;
    private final ServedEnvironment served;
    private final Clock clock;

    @Inject
    public AcceptEventService(InboxPort inbox, ServedEnvironment served, Clock clock) {
        this.inbox = requireNonNull(inbox, "inbox is null");
        this.served = requireNonNull(served, "served is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public AcceptEventResult accept(AcceptEventCommand command) {
        if (!served.serves(command.environment())) {
            return AcceptEventResult.OTHER_ENVIRONMENT;
        }
        InboundEvent event = new InboundEvent(command.eventId(), command.type(), command.environment(),
                command.subject(), command.eventTime(), clock.instant());
        return inbox.store(event) == StoreOutcome.STORED ? AcceptEventResult.STORED : AcceptEventResult.DUPLICATE;
    }
}
