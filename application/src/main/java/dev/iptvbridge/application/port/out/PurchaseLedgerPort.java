package dev.iptvbridge.application.port.out;

import dev.iptvbridge.application.purchase.ChargeState;
import dev.iptvbridge.application.purchase.LedgerEntry;
import dev.iptvbridge.application.purchase.PurchaseEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The bridge's ledger of Minerva purchases and the feed's cursor, with the lease of the one daemon
 * that reads the feed and charges (several may share the database). The entries' states and
 * transitions are {@link LedgerEntry}'s. Writes that take a {@link FeedLease} change nothing when
 * the lease is no longer held (it ran out, another daemon took it). Failures are {@link TransientFailure}s
 * (and {@link PermanentFailure}s for a database that refuses the bridge's tables).
 */
public interface PurchaseLedgerPort {

    /**
     * Takes the feed for {@code owner} until {@code now + lease}, or extends it when {@code owner}
     * holds it already; empty while another owner's lease holds (up to and including its {@code until}).
     */
    Optional<FeedLease> holdFeed(String owner, Instant now, Duration lease);

    /** Hands the feed back at once (a daemon that stops), so that another one takes it without waiting. */
    void releaseFeed(FeedLease lease);

    /**
     * Records a page of the feed in ONE transaction: each event a first time (a new entry, or a refund
     * noted) and the cursor moved to {@code last} (never backwards). Events at or below the cursor, and
     * events read before, change nothing. Empty when {@code lease} no longer holds; nothing is written then.
     *
     * @return the lease with its new cursor
     */
    Optional<FeedLease> record(FeedLease lease, List<PurchaseEvent> events, long last, Instant now);

    /** Up to {@code max} entries that need work ({@link LedgerEntry#needsWork()}) due at {@code now}, in {@code seq} order. */
    List<LedgerEntry> due(Instant now, int max);

    /**
     * Writes {@code next} over {@code current} (same purchase) when the entry is still at
     * {@code current}'s version and {@code lease} still holds; false, and nothing written, otherwise.
     */
    boolean write(FeedLease lease, LedgerEntry current, LedgerEntry next);

    Optional<LedgerEntry> find(String purchaseId);

    /** Entries in {@code state} (all when empty), the newest {@code seq} first, at most {@code limit}. */
    List<LedgerEntry> list(Optional<ChargeState> state, int limit);

    /**
     * An operator's retry ({@link LedgerEntry#retry}) of the parked purchase {@code purchaseId}, or of
     * every parked one when empty; returns how many were retried.
     */
    int retryParked(Optional<String> purchaseId, Instant now);

    LedgerStats stats();
}
