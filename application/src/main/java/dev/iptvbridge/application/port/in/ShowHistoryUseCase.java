package dev.iptvbridge.application.port.in;

/** The service history of one account, for the bill and for customer care; changes nothing. */
public interface ShowHistoryUseCase {

    /** @throws dev.iptvbridge.application.port.out.IntegrationException when the history cannot be read */
    AccountHistory history(HistoryQuery query);
}
