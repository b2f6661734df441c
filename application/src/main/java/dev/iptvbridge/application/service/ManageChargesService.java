package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.ManageChargesUseCase;
import dev.iptvbridge.application.port.out.PurchaseLedgerPort;
import dev.iptvbridge.application.purchase.ChargeState;
import dev.iptvbridge.application.purchase.LedgerEntry;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Lists the purchase ledger and retries parked purchases, for the operator. */
public final class ManageChargesService implements ManageChargesUseCase {

    private final PurchaseLedgerPort ledger;
    private final Clock clock;

    @Inject
    public ManageChargesService(PurchaseLedgerPort ledger, Clock clock) {
        this.ledger = requireNonNull(ledger, "ledger is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public List<LedgerEntry> list(Optional<ChargeState> state, int limit) {
        requireNonNull(state, "state is null");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return ledger.list(state, limit);
    }

    @Override
    public int retry(Optional<String> purchaseId) {
        requireNonNull(purchaseId, "purchaseId is null");
        return ledger.retryParked(purchaseId, clock.instant());
    }
}
