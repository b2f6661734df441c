package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.FeedLease;
import dev.iptvbridge.application.port.out.LedgerStats;
import dev.iptvbridge.application.purchase.PurchaseEvent;
import dev.iptvbridge.application.port.out.PurchaseLedgerPort;
import dev.iptvbridge.application.purchase.ChargeState;
import dev.iptvbridge.application.purchase.LedgerEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The purchase ledger in a map, under one lock, following {@link LedgerEntry}'s transitions. */
public final class InMemoryPurchaseLedger implements PurchaseLedgerPort {

    private final Map<String, LedgerEntry> entries = new LinkedHashMap<>();
    private long cursor;
    private String holder;
    private Instant holdUntil = Instant.MIN;

    @Override
    public synchronized Optional<FeedLease> holdFeed(String owner, Instant now, Duration lease) {
        if (holder != null && !holder.equals(owner) && !now.isAfter(holdUntil)) {
            return Optional.empty();
        }
        holder = owner;
        holdUntil = now.plus(lease);
        return Optional.of(new FeedLease(owner, cursor, holdUntil));
    }

    @Override
    public synchronized void releaseFeed(FeedLease lease) {
        if (lease.owner().equals(holder)) {
            holder = null;
        }
    }

    @Override
    public synchronized Optional<FeedLease> record(FeedLease lease, List<PurchaseEvent> events, long last, Instant now) {
        if (!holds(lease, now)) {
            return Optional.empty();
        }
        for (PurchaseEvent event : events) {
            if (event.seq() <= cursor) {
                continue;
            }
            String id = event.purchase().purchaseId();
            LedgerEntry current = entries.get(id);
            if (current == null) {
                entries.put(id, LedgerEntry.first(event, now));
            } else {
                current.onEvent(event, now).next().ifPresent(next -> entries.put(id, next));
            }
        }
        cursor = Math.max(cursor, last);
        return Optional.of(new FeedLease(lease.owner(), cursor, lease.until()));
    }

    @Override
    public synchronized List<LedgerEntry> due(Instant now, int max) {
        return entries.values().stream().filter(e -> e.needsWork() && !e.dueAt().isAfter(now))
                .sorted(Comparator.comparingLong(LedgerEntry::seq)).limit(max).toList();
    }

    @Override
    public synchronized boolean write(FeedLease lease, LedgerEntry current, LedgerEntry next) {
        LedgerEntry stored = entries.get(current.id());
        if (stored == null || stored.version() != current.version() || !lease.owner().equals(holder)) {
            return false;
        }
        entries.put(current.id(), next);
        return true;
    }

    @Override
    public synchronized Optional<LedgerEntry> find(String purchaseId) {
        return Optional.ofNullable(entries.get(purchaseId));
    }

    @Override
    public synchronized List<LedgerEntry> list(Optional<ChargeState> state, int limit) {
        return entries.values().stream().filter(e -> state.map(s -> e.state() == s).orElse(true))
                .sorted(Comparator.comparingLong(LedgerEntry::seq).reversed().thenComparing(LedgerEntry::id))
                .limit(limit).toList();
    }

    @Override
    public synchronized int retryParked(Optional<String> purchaseId, Instant now) {
        int retried = 0;
        for (LedgerEntry entry : List.copyOf(entries.values())) {
            if (purchaseId.map(entry.id()::equals).orElse(true)) {
                Optional<LedgerEntry> next = entry.retry(now).next();
                if (next.isPresent()) {
                    entries.put(entry.id(), next.get());
                    retried++;
                }
            }
        }
        return retried;
    }

    @Override
    public synchronized LedgerStats stats() {
        Map<String, Long> byState = new HashMap<>();
        entries.values().forEach(e -> byState.merge(e.state().name(), 1L, Long::sum));
        long settled = entries.values().stream().filter(LedgerEntry::needsWork).mapToLong(LedgerEntry::seq).min()
                .stream().map(seq -> seq - 1).findFirst().orElse(cursor);
        Optional<Instant> oldest = entries.values().stream()
                .filter(e -> e.state() == ChargeState.SEEN || e.state() == ChargeState.CHARGING)
                .map(LedgerEntry::seenAt).min(Comparator.naturalOrder());
        return new LedgerStats(byState, cursor, settled, oldest);
    }

    private boolean holds(FeedLease lease, Instant now) {
        return lease.owner().equals(holder) && !now.isAfter(holdUntil);
    }
}
