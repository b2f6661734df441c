package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.purchase.LedgerEntry;
import java.time.Instant;

/**
 * One purchase of the ledger, as {@code charges} prints it.
 *
 * @param state     seen, charging, charged, crediting, refunded or parked
 * @param account   Minerva's external id, the PortaBilling i_account
 * @param bill      what the bill prints, such as {@code VOD: Dune}
 * @param refund    a refund of it was read
 * @param chargeXdr the charge's i_xdr, or null
 * @param creditXdr the credit's i_xdr, or null
 * @param reason    why it is parked, or its last failure; or null
 */
record ChargeView(String purchaseId, String state, long seq, String account, String bill, String price,
                  String currency, Instant purchasedAt, boolean refund, Long chargeXdr, Long creditXdr, int attempts,
                  String reason) {

    static ChargeView of(LedgerEntry entry) {
        return new ChargeView(entry.id(), entry.state().name().toLowerCase(java.util.Locale.ROOT), entry.seq(),
                entry.purchase().externalId(), entry.purchase().kind() + ": " + entry.purchase().title(),
                entry.purchase().price(), entry.purchase().currency(), entry.purchase().at(), entry.refundAsked(),
                entry.chargeXdr().isPresent() ? entry.chargeXdr().getAsLong() : null,
                entry.creditXdr().isPresent() ? entry.creditXdr().getAsLong() : null, entry.attempts(),
                entry.reason().orElse(null));
    }
}
