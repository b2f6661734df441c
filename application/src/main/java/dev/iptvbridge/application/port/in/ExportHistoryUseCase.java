package dev.iptvbridge.application.port.in;

import java.time.YearMonth;
import java.util.function.Consumer;

/** Every served account's service history within one billing month, for bill inserts. */
public interface ExportHistoryUseCase {

    /**
     * Hands each account that had a service package enabled or disabled in the month (UTC) to
     * {@code sink}, one at a time and by account, in flat memory.
     *
     * @return how many accounts were handed over
     * @throws dev.iptvbridge.application.port.out.IntegrationException when the history cannot be read
     */
    long export(YearMonth month, Consumer<AccountHistory> sink, ProgressListener progress);
}
