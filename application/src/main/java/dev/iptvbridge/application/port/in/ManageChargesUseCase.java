package dev.iptvbridge.application.port.in;

import dev.iptvbridge.application.purchase.ChargeState;
import dev.iptvbridge.application.purchase.LedgerEntry;
import java.util.List;
import java.util.Optional;

/** The operator's view of the purchase ledger ({@code charges}) and retry of parked purchases ({@code retry-charges}). */
public interface ManageChargesUseCase {

    /** Entries in {@code state} (all when empty), the newest first, at most {@code limit}. */
    List<LedgerEntry> list(Optional<ChargeState> state, int limit);

    /**
     * Retries the parked purchase {@code purchaseId}, or every parked one when empty: it is looked for
     * in PortaBilling and charged (or credited) if absent. Returns how many were retried.
     */
    int retry(Optional<String> purchaseId);
}
