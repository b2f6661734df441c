package dev.iptvbridge.application.purchase;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One purchase in the bridge's ledger and its transitions, each returning the next state; every
 * transition raises {@code version}, and a store writes a transition only over the version it was
 * computed from.
 *
 * <pre>
 *   PURCHASE read ──► SEEN ──startCharge──► CHARGING ──charged(i_xdr)──► CHARGED
 *                                            │ ▲ failed (outcome unknown:        │ REFUND read, then startCredit
 *                                            └─┘  looked for before it is sent)  ▼
 *                                                               REFUNDED ◄──credited(i_xdr)── CREDITING ─┐ failed
 *   any open state ──park(reason)──► PARKED ──retry──► CHARGING (not charged) or CREDITING (charged)   ◄┘
 *   REFUND read for a purchase never seen ──► PARKED
 * </pre>
 *
 * @param seq         the {@code seq} of the newest feed event that changed the entry
 * @param refundAsked a refund of the purchase was read; once charged, it is credited
 * @param chargeXdr   present from CHARGED on: the charge's {@code i_xdr}
 * @param creditXdr   present exactly when REFUNDED: the credit's {@code i_xdr}
 * @param attempts    failed sends since the last success or retry
 * @param seenAt      when the purchase (or its refund) was first read
 * @param dueAt       when the charger looks at it next
 * @param reason      why it is parked, or the last failure
 */
public record LedgerEntry(Purchase purchase, ChargeState state, long version, long seq, boolean refundAsked,
                          OptionalLong chargeXdr, OptionalLong creditXdr, int attempts, Instant seenAt, Instant dueAt,
                          Optional<String> reason) {

    public LedgerEntry {
        requireNonNull(purchase, "purchase is null");
        requireNonNull(state, "state is null");
        requireNonNull(chargeXdr, "chargeXdr is null");
        requireNonNull(creditXdr, "creditXdr is null");
        requireNonNull(seenAt, "seenAt is null");
        requireNonNull(dueAt, "dueAt is null");
        requireNonNull(reason, "reason is null");
        boolean charged = state == ChargeState.CHARGED || state == ChargeState.CREDITING || state == ChargeState.REFUNDED;
        if ((charged && chargeXdr.isEmpty()) || (state == ChargeState.REFUNDED) != creditXdr.isPresent()) {
            throw new IllegalArgumentException("a " + state + " entry has the i_xdr of its charge (from CHARGED on) "
                    + "and of its credit (REFUNDED only)");
        }
    }

    /** The entry a first event of a purchase makes: SEEN, or PARKED for a refund of a purchase never seen. */
    public static LedgerEntry first(PurchaseEvent event, Instant now) {
        boolean refund = event.type() == PurchaseEventType.REFUND;
        return new LedgerEntry(event.purchase(), refund ? ChargeState.PARKED : ChargeState.SEEN, 1, event.seq(), refund,
                OptionalLong.empty(), OptionalLong.empty(), 0, now, now,
                refund ? Optional.of("refund of a purchase the ledger never saw (read before the bridge read the feed?):"
                        + " check the account's bill, then retry it to charge and credit it, or leave it") : Optional.empty());
    }

    /** A later event of this purchase: a refund is noted once; anything read again changes nothing. */
    public LedgerStep onEvent(PurchaseEvent event, Instant now) {
        if (event.type() == PurchaseEventType.PURCHASE || refundAsked) {
            return new LedgerStep.Refused(event.type() + " of " + id() + " was read before");
        }
        return next(state, seq(event.seq()), true, chargeXdr, creditXdr, attempts, now, reason);
    }

    /** Whether the charger has something to do: charge, credit, or find out what became of a send. */
    public boolean needsWork() {
        return state == ChargeState.SEEN || state == ChargeState.CHARGING || state == ChargeState.CREDITING
                || (state == ChargeState.CHARGED && refundAsked);
    }

    /** Its charge is about to be sent: from here on its outcome is unknown until recorded. */
    public LedgerStep startCharge() {
        return state == ChargeState.SEEN ? next(ChargeState.CHARGING, seq, refundAsked, chargeXdr, creditXdr, attempts,
                dueAt, reason) : refused("start its charge");
    }

    /** Its charge was applied, as {@code xdr} (answered, or found in PortaBilling). */
    public LedgerStep charged(long xdr, Instant now) {
        return state == ChargeState.CHARGING ? next(ChargeState.CHARGED, seq, refundAsked, OptionalLong.of(xdr),
                creditXdr, 0, now, Optional.empty()) : refused("record its charge");
    }

    /** Its refund's credit is about to be sent. */
    public LedgerStep startCredit() {
        return state == ChargeState.CHARGED && refundAsked ? next(ChargeState.CREDITING, seq, true, chargeXdr, creditXdr,
                attempts, dueAt, reason) : refused("start its credit");
    }

    /** Its credit was applied, as {@code xdr}. */
    public LedgerStep credited(long xdr, Instant now) {
        return state == ChargeState.CREDITING ? next(ChargeState.REFUNDED, seq, true, chargeXdr, OptionalLong.of(xdr),
                0, now, Optional.empty()) : refused("record its credit");
    }

    /** A send failed without saying whether it was applied: looked for, and sent if absent, at {@code retryAt}. */
    public LedgerStep failed(String error, Instant retryAt) {
        return state == ChargeState.CHARGING || state == ChargeState.CREDITING ? next(state, seq, refundAsked, chargeXdr,
                creditXdr, attempts + 1, retryAt, Optional.of(error)) : refused("record a failed send");
    }

    /** It cannot be charged (or credited) for {@code why}; it waits for an operator. */
    public LedgerStep park(String why) {
        return state.open() ? next(ChargeState.PARKED, seq, refundAsked, chargeXdr, creditXdr, attempts, dueAt,
                Optional.of(why)) : refused("park it");
    }

    /**
     * An operator's retry: due at once, attempts reset, reason kept. It goes to CHARGING (or CREDITING),
     * not SEEN, so that a send it may have had before is looked for before it is sent again.
     */
    public LedgerStep retry(Instant now) {
        if (state != ChargeState.PARKED) {
            return refused("retry it");
        }
        ChargeState resumed = chargeXdr.isEmpty() ? ChargeState.CHARGING
                : refundAsked ? ChargeState.CREDITING : ChargeState.CHARGED;
        return next(resumed, seq, refundAsked, chargeXdr, creditXdr, 0, now, reason);
    }

    public String id() {
        return purchase.purchaseId();
    }

    private long seq(long eventSeq) {
        return Math.max(seq, eventSeq);
    }

    private LedgerStep next(ChargeState newState, long newSeq, boolean refund, OptionalLong charge, OptionalLong credit,
                            int newAttempts, Instant due, Optional<String> why) {
        return new LedgerStep.Next(new LedgerEntry(purchase, newState, version + 1, newSeq, refund, charge, credit,
                newAttempts, seenAt, due, why));
    }

    private LedgerStep refused(String what) {
        return new LedgerStep.Refused("cannot " + what + ": purchase " + id() + " is " + state
                + (refundAsked ? " (refund asked)" : ""));
    }
}
