package dev.iptvbridge.persistence;

import dev.iptvbridge.application.purchase.Purchase;
import dev.iptvbridge.application.purchase.ChargeState;
import dev.iptvbridge.application.purchase.LedgerEntry;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** A row of {@code purchase_ledger}; {@code chargeXdr}, {@code creditXdr} and {@code reason} may be null. */
record LedgerRow(String purchaseId, String state, long version, long seq, String externalId, String kind, String title,
                 String price, String currency, Instant purchasedAt, boolean refundAsked, Long chargeXdr,
                 Long creditXdr, int attempts, Instant seenAt, Instant dueAt, String reason) {

    static final String COLUMNS = "purchase_id, state, version, seq, external_id, kind, title, price, currency, "
            + "purchased_at, refund_asked, charge_xdr, credit_xdr, attempts, seen_at, due_at, reason";

    static LedgerRow of(LedgerEntry entry) {
        Purchase p = entry.purchase();
        return new LedgerRow(p.purchaseId(), entry.state().name(), entry.version(), entry.seq(), Text.cut(p.externalId(), 500),
                Text.cut(p.kind(), 100), Text.cut(Text.printable(p.title()), 1000), Text.cut(p.price(), 100),
                Text.cut(p.currency(), 100), p.at(), entry.refundAsked(), boxed(entry.chargeXdr()),
                boxed(entry.creditXdr()), entry.attempts(), entry.seenAt(), entry.dueAt(),
                entry.reason().map(why -> Text.cut(why, 4000)).orElse(null));
    }

    /** Inserts the row. */
    void insert(Handle handle) {
        bind(handle.createUpdate(LedgerDao.INSERT)).execute();
    }

    /** Writes the row over version {@code expected}; 1 when it was there, 0 otherwise. */
    int update(Handle handle, long expected) {
        return bind(handle.createUpdate(LedgerDao.UPDATE)).bind("expected", expected).execute();
    }

    private Update bind(Update update) {
        return update.bind("purchaseId", purchaseId).bind("state", state).bind("version", version).bind("seq", seq)
                .bind("externalId", externalId).bind("kind", kind).bind("title", title).bind("price", price)
                .bind("currency", currency).bind("purchasedAt", purchasedAt).bind("refundAsked", refundAsked)
                .bind("chargeXdr", chargeXdr).bind("creditXdr", creditXdr).bind("attempts", attempts)
                .bind("seenAt", seenAt).bind("dueAt", dueAt).bind("reason", reason);
    }

    LedgerEntry toEntry() {
        return new LedgerEntry(new Purchase(purchaseId, externalId, kind, title, price, currency, purchasedAt),
                ChargeState.valueOf(state), version, seq, refundAsked, optional(chargeXdr), optional(creditXdr), attempts,
                seenAt, dueAt, Optional.ofNullable(reason));
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
