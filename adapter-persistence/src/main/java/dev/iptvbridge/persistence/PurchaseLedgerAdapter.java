package dev.iptvbridge.persistence;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.FeedLease;
import dev.iptvbridge.application.port.out.LedgerStats;
import dev.iptvbridge.application.purchase.PurchaseEvent;
import dev.iptvbridge.application.port.out.PurchaseLedgerPort;
import dev.iptvbridge.application.purchase.ChargeState;
import dev.iptvbridge.application.purchase.LedgerEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The purchase ledger and the feed's lease on one {@link Database}. Every method runs in its own
 * transaction and turns database errors into the port's failures, as {@link PersistenceAdapter} does.
 * Owners must be unique among the daemons sharing the database.
 */
public final class PurchaseLedgerAdapter implements PurchaseLedgerPort {

    private final String where;
    private final PurchaseLedger ledger;

    public PurchaseLedgerAdapter(Database database) {
        requireNonNull(database, "database is null");
        this.where = database.where();
        this.ledger = new PurchaseLedger(database.jdbi());
    }

    @Override
    public Optional<FeedLease> holdFeed(String owner, Instant now, Duration lease) {
        requireNonNull(owner, "owner is null");
        requireNonNull(now, "now is null");
        requireNonNull(lease, "lease is null");
        return Failures.guard("take the purchase feed for " + owner, where, () -> ledger.hold(owner, now, lease));
    }

    @Override
    public void releaseFeed(FeedLease lease) {
        requireNonNull(lease, "lease is null");
        Failures.guard("release the purchase feed", where, () -> ledger.release(lease));
    }

    @Override
    public Optional<FeedLease> record(FeedLease lease, List<PurchaseEvent> events, long last, Instant now) {
        requireNonNull(lease, "lease is null");
        requireNonNull(events, "events is null");
        requireNonNull(now, "now is null");
        return Failures.guard("record " + events.size() + " purchase events", where,
                () -> ledger.record(lease, events, last, now));
    }

    @Override
    public List<LedgerEntry> due(Instant now, int max) {
        requireNonNull(now, "now is null");
        return Failures.guard("read the due purchases", where, () -> ledger.due(now, max));
    }

    @Override
    public boolean write(FeedLease lease, LedgerEntry current, LedgerEntry next) {
        requireNonNull(lease, "lease is null");
        requireNonNull(current, "current is null");
        requireNonNull(next, "next is null");
        if (!current.id().equals(next.id())) {
            throw new IllegalArgumentException("cannot write purchase " + next.id() + " over " + current.id());
        }
        return Failures.guard("record purchase " + current.id() + " as " + next.state(), where,
                () -> ledger.write(lease, current, next));
    }

    @Override
    public Optional<LedgerEntry> find(String purchaseId) {
        requireNonNull(purchaseId, "purchaseId is null");
        return Failures.guard("read purchase " + purchaseId, where, () -> ledger.find(purchaseId));
    }

    @Override
    public List<LedgerEntry> list(Optional<ChargeState> state, int limit) {
        requireNonNull(state, "state is null");
        return Failures.guard("list the purchase ledger", where, () -> ledger.list(state, limit));
    }

    @Override
    public int retryParked(Optional<String> purchaseId, Instant now) {
        requireNonNull(purchaseId, "purchaseId is null");
        requireNonNull(now, "now is null");
        return Failures.guard("retry parked purchases", where, () -> ledger.retryParked(purchaseId, now));
    }

    @Override
    public LedgerStats stats() {
        return Failures.guard("count the purchase ledger", where, ledger::stats);
    }
}
