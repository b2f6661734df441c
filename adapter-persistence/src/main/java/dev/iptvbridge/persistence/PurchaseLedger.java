package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.FeedLease;
import dev.iptvbridge.application.port.out.LedgerStats;
import dev.iptvbridge.application.purchase.PurchaseEvent;
import dev.iptvbridge.application.purchase.ChargeState;
import dev.iptvbridge.application.purchase.LedgerEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The purchase ledger on either database. Every write that needs the feed's lease locks the feed row
 * first and checks its holder in the same transaction, so that a daemon that lost the lease writes
 * nothing; the cursor moves in the transaction that records the rows it read.
 */
final class PurchaseLedger {

    private final Jdbi jdbi;

    PurchaseLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<FeedLease> hold(String owner, Instant now, Duration lease) {
        Instant at = TimeMapping.toMicros(now);
        Instant until = TimeMapping.toMicros(now.plus(lease));
        return jdbi.inTransaction(handle -> {
            LedgerDao dao = handle.attach(LedgerDao.class);
            return dao.hold(owner, at, until) == 1 ? Optional.of(new FeedLease(owner, dao.cursor(), until))
                    : Optional.<FeedLease>empty();
        });
    }

    void release(FeedLease lease) {
        jdbi.useExtension(LedgerDao.class, dao -> dao.release(lease.owner()));
    }

    Optional<FeedLease> record(FeedLease lease, List<PurchaseEvent> events, long last, Instant now) {
        Instant at = TimeMapping.toMicros(now);
        return jdbi.inTransaction(handle -> {
            LedgerDao dao = handle.attach(LedgerDao.class);
            if (!dao.lockHolder().filter(lease.owner()::equals).isPresent() || dao.leaseUntil().isBefore(at)) {
                return Optional.<FeedLease>empty();
            }
            long cursor = dao.cursor();
            for (PurchaseEvent event : events) {
                if (event.seq() > cursor) {
                    apply(handle, dao, event, at);
                }
            }
            dao.moveCursor(last);
            return Optional.of(new FeedLease(lease.owner(), Math.max(cursor, last), lease.until()));
        });
    }

    private static void apply(Handle handle, LedgerDao dao, PurchaseEvent event, Instant now) {
        Optional<LedgerRow> stored = dao.find(event.purchase().purchaseId());
        if (stored.isEmpty()) {
            LedgerRow.of(LedgerEntry.first(event, now)).insert(handle);
            return;
        }
        LedgerEntry current = stored.get().toEntry();
        current.onEvent(event, now).next().ifPresent(next -> LedgerRow.of(next).update(handle, current.version()));
    }

    List<LedgerEntry> due(Instant now, int max) {
        return jdbi.withExtension(LedgerDao.class, dao -> dao.due(TimeMapping.toMicros(now), max))
                .stream().map(LedgerRow::toEntry).toList();
    }

    boolean write(FeedLease lease, LedgerEntry current, LedgerEntry next) {
        return jdbi.inTransaction(handle -> {
            LedgerDao dao = handle.attach(LedgerDao.class);
            return dao.lockHolder().filter(lease.owner()::equals).isPresent()
                    && LedgerRow.of(next).update(handle, current.version()) == 1;
        });
    }

    Optional<LedgerEntry> find(String purchaseId) {
        return jdbi.withExtension(LedgerDao.class, dao -> dao.find(purchaseId)).map(LedgerRow::toEntry);
    }

    List<LedgerEntry> list(Optional<ChargeState> state, int limit) {
        return jdbi.withExtension(LedgerDao.class, dao -> state.isPresent() ? dao.inState(state.get().name(), limit)
                : dao.all(limit)).stream().map(LedgerRow::toEntry).toList();
    }

    int retryParked(Optional<String> purchaseId, Instant now) {
        Instant at = TimeMapping.toMicros(now);
        return jdbi.inTransaction(handle -> {
            LedgerDao dao = handle.attach(LedgerDao.class);
            List<LedgerRow> parked = purchaseId.isPresent()
                    ? dao.find(purchaseId.get()).stream().toList() : dao.inState(ChargeState.PARKED.name(), Integer.MAX_VALUE);
            int retried = 0;
            for (LedgerRow row : parked) {
                LedgerEntry entry = row.toEntry();
                Optional<LedgerEntry> next = entry.retry(at).next();
                if (next.isPresent() && LedgerRow.of(next.get()).update(handle, entry.version()) == 1) {
                    retried++;
                }
            }
            return retried;
        });
    }

    LedgerStats stats() {
        return jdbi.inTransaction(handle -> {
            LedgerDao dao = handle.attach(LedgerDao.class);
            Map<String, Long> byState = new HashMap<>();
            dao.countByState().forEach(count -> byState.put(count.state(), count.n()));
            long cursor = dao.cursor();
            Long open = dao.lowestOpenSeq();
            return new LedgerStats(byState, cursor, open == null ? cursor : open - 1,
                    Optional.ofNullable(dao.oldestUncharged()));
        });
    }
}
