package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.AccountHistory;
import dev.iptvbridge.application.port.in.ExportHistoryUseCase;
import dev.iptvbridge.application.port.in.ProgressListener;
import dev.iptvbridge.application.port.out.ServiceHistoryPort;
import dev.iptvbridge.domain.history.ServiceChange;
import dev.iptvbridge.domain.history.ServiceHistory;
import dev.iptvbridge.domain.history.ServicePeriod;
import dev.iptvbridge.domain.history.ServiceState;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams the changes made before the month's end, account by account: only one account's changes
 * are held at a time. An account counts as served when a period of the month is not absent.
 */
public final class ExportHistoryService implements ExportHistoryUseCase {

    static final int PROGRESS_EVERY = 1000;

    private final ServiceHistoryPort history;
    private final Clock clock;

    @Inject
    public ExportHistoryService(ServiceHistoryPort history, Clock clock) {
        this.history = requireNonNull(history, "history is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public long export(YearMonth month, Consumer<AccountHistory> sink, ProgressListener progress) {
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant now = clock.instant();
        Batch batch = new Batch(from, to, now, sink, progress);
        history.forEachBefore(to, batch::take);
        batch.flush();
        progress.progress(batch.written, batch.written, "accounts written");
        return batch.written;
    }

    private static final class Batch {
        private final Instant from;
        private final Optional<Instant> to;
        private final Instant now;
        private final Consumer<AccountHistory> sink;
        private final ProgressListener progress;
        private final List<ServiceChange> changes = new ArrayList<>();
        private long written;

        Batch(Instant from, Instant to, Instant now, Consumer<AccountHistory> sink, ProgressListener progress) {
            this.from = from;
            this.to = Optional.of(to);
            this.now = now;
            this.sink = sink;
            this.progress = progress;
        }

        void take(ServiceChange change) {
            if (!changes.isEmpty() && changes.get(0).account() != change.account()) {
                flush();
            }
            changes.add(change);
        }

        // The changes arrive by account, then service package: the periods are cut per package, so order within suffices.
        void flush() {
            if (changes.isEmpty()) {
                return;
            }
            List<ServicePeriod> periods = ServiceHistory.periods(changes, from, to, now);
            long account = changes.get(0).account();
            changes.clear();
            if (periods.stream().anyMatch(period -> period.state() != ServiceState.ABSENT)) {
                sink.accept(new AccountHistory(account, from, to, periods));
                written++;
                if (written % PROGRESS_EVERY == 0) {
                    progress.progress(written, -1, "accounts written");
                }
            }
        }
    }
}
