package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.PurgeInboxUseCase;
import dev.iptvbridge.application.port.out.InboxPort;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/** Drops stored events past their retention. */
public final class PurgeInboxService implements PurgeInboxUseCase {

    private final InboxPort inbox;
    private final Clock clock;

    @Inject
    public PurgeInboxService(InboxPort inbox, Clock clock) {
        this.inbox = requireNonNull(inbox, "inbox is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public int purgeOlderThan(Duration retention) {
        return inbox.purgeReceivedBefore(clock.instant().minus(retention));
    }
}
