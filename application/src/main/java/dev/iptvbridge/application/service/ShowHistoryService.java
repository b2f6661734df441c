package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.AccountHistory;
import dev.iptvbridge.application.port.in.HistoryQuery;
import dev.iptvbridge.application.port.in.ShowHistoryUseCase;
import dev.iptvbridge.application.port.out.ServiceHistoryPort;
import dev.iptvbridge.domain.history.ServiceChange;
import dev.iptvbridge.domain.history.ServiceHistory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Cuts the periods of one account out of its stored changes. */
public final class ShowHistoryService implements ShowHistoryUseCase {

    private final ServiceHistoryPort history;
    private final Clock clock;

    @Inject
    public ShowHistoryService(ServiceHistoryPort history, Clock clock) {
        this.history = requireNonNull(history, "history is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public AccountHistory history(HistoryQuery query) {
        Instant now = clock.instant();
        List<ServiceChange> changes = history.changes(query.account());
        // Without a start the window opens at the account's first change (or now), never after its end.
        Instant first = changes.isEmpty() ? now : changes.get(0).at();
        Instant from = query.from().orElseGet(() -> query.to().filter(first::isAfter).orElse(first));
        return new AccountHistory(query.account(), from, query.to(),
                ServiceHistory.periods(changes, from, query.to(), now));
    }
}
