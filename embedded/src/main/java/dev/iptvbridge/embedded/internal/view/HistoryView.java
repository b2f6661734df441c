package dev.iptvbridge.embedded.internal.view;

import dev.iptvbridge.application.port.in.AccountHistory;
import java.time.Instant;
import java.util.List;

/**
 * The service history of one account as {@code GET /accounts/{i_account}/history} answers it and
 * {@code history --format json} prints it; {@code to} is null for "until now".
 */
public record HistoryView(long account, String from, String to, List<HistoryPeriodPart> periods) {

    public static HistoryView of(AccountHistory history) {
        return new HistoryView(history.account(), history.from().toString(),
                history.to().map(Instant::toString).orElse(null),
                history.periods().stream().map(HistoryPeriodPart::of).toList());
    }
}
