package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.ChargePurchasesUseCase;
import dev.iptvbridge.application.port.in.ChargeRound;
import dev.iptvbridge.application.port.out.ChargeableAccount;
import dev.iptvbridge.application.port.out.ChargingPort;
import dev.iptvbridge.application.port.out.FeedLease;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.purchase.PurchaseEvent;
import dev.iptvbridge.application.purchase.PurchaseEventType;
import dev.iptvbridge.application.port.out.PurchaseFeedPage;
import dev.iptvbridge.application.port.out.PurchaseFeedPort;
import dev.iptvbridge.application.port.out.PurchaseLedgerPort;
import dev.iptvbridge.application.purchase.LedgerEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads the purchase feed into the ledger (the cursor moves in the same transaction as the entries
 * it read, so a crash reads a page again and the ledger ignores what it holds), then charges what is
 * due. Only the holder of the feed's lease does either; the lease is renewed while it charges, so that
 * a daemon that lost it (paused, cut off from the database) stops before it sends anything more.
 */
public final class ChargePurchasesService implements ChargePurchasesUseCase {

    private static final System.Logger LOG = System.getLogger(ChargePurchasesService.class.getName());

    private final PurchaseLedgerPort ledger;
    private final PurchaseFeedPort feed;
    private final PurchaseCharger charger;
    private final PurchaseSettings settings;
    private final Clock clock;
    private final Executor executor;
    private final int parallelism;

    /** Charges one entry at a time, in the caller's thread. */
    public ChargePurchasesService(PurchaseLedgerPort ledger, PurchaseFeedPort feed, ChargingPort charging,
                                  PurchaseSettings settings, Clock clock) {
        this(ledger, feed, charging, settings, clock, Runnable::run, 1);
    }

    /**
     * Charges up to {@code parallelism} entries at once on {@code executor}: each entry is independent,
     * and a send that times out holds up only its own lane.
     */
    public ChargePurchasesService(PurchaseLedgerPort ledger, PurchaseFeedPort feed, ChargingPort charging,
                                  PurchaseSettings settings, Clock clock, Executor executor, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        this.executor = requireNonNull(executor, "executor is null");
        this.parallelism = parallelism;
        this.ledger = requireNonNull(ledger, "ledger is null");
        this.feed = requireNonNull(feed, "feed is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.charger = new PurchaseCharger(ledger, requireNonNull(charging, "charging is null"), settings, clock);
    }

    @Override
    public ChargeRound round(String owner) {
        requireNonNull(owner, "owner is null");
        Optional<FeedLease> held = ledger.holdFeed(owner, clock.instant(), settings.lease());
        if (held.isEmpty()) {
            return ChargeRound.NOT_HELD;
        }
        int[] read = new int[2];
        boolean stillHeld = readFeed(owner, read);
        Map<PurchaseCharger.Outcome, Integer> done = new EnumMap<>(PurchaseCharger.Outcome.class);
        if (stillHeld) {
            charge(owner, done);
        }
        return new ChargeRound(true, read[0], read[1], count(done, PurchaseCharger.Outcome.CHARGED),
                count(done, PurchaseCharger.Outcome.CREDITED), count(done, PurchaseCharger.Outcome.PARKED),
                count(done, PurchaseCharger.Outcome.FAILED));
    }

    @Override
    public void release(String owner) {
        ledger.holdFeed(owner, clock.instant(), settings.lease()).ifPresent(ledger::releaseFeed);
    }

    /** Records up to a few pages; false when the lease was lost meanwhile. {@code read}: new purchases, new refunds. */
    private boolean readFeed(String owner, int[] read) {
        for (int page = 0; page < PurchaseSettings.MAX_PAGES; page++) {
            // Renewed before each page, so that a slow page does not cost the lease.
            Optional<FeedLease> renewed = ledger.holdFeed(owner, clock.instant(), settings.lease());
            if (renewed.isEmpty()) {
                return false;
            }
            FeedLease lease = renewed.get();
            PurchaseFeedPage answer;
            try {
                answer = feed.read(lease.cursor(), settings.pageSize());
            } catch (IntegrationException failure) {
                LOG.log(System.Logger.Level.WARNING, "cannot read Minerva's purchase feed after seq {0}: {1}",
                        String.valueOf(lease.cursor()), failure.getMessage());
                return true;
            }
            long after = lease.cursor();
            List<PurchaseEvent> fresh = answer.events().stream().filter(event -> event.seq() > after).toList();
            if (fresh.isEmpty()) {
                return true;
            }
            Optional<FeedLease> recorded = ledger.record(lease, fresh, Math.max(answer.last(), after), clock.instant());
            if (recorded.isEmpty()) {
                return false;
            }
            fresh.forEach(event -> read[event.type() == PurchaseEventType.PURCHASE ? 0 : 1]++);
        }
        return true;
    }

    private void charge(String owner, Map<PurchaseCharger.Outcome, Integer> done) {
        Queue<LedgerEntry> due = new ConcurrentLinkedQueue<>(ledger.due(clock.instant(), PurchaseSettings.BATCH));
        LeaseKeeper lease = new LeaseKeeper(owner);
        Map<Long, Optional<ChargeableAccount>> accounts = new ConcurrentHashMap<>();
        AtomicBoolean lost = new AtomicBoolean();
        List<CompletableFuture<Void>> lanes = new ArrayList<>();
        for (int lane = 0; lane < Math.min(parallelism, Math.max(1, due.size())); lane++) {
            lanes.add(CompletableFuture.runAsync(() -> {
                LedgerEntry entry;
                while (!lost.get() && (entry = due.poll()) != null) {
                    Optional<FeedLease> held = lease.current();
                    PurchaseCharger.Outcome outcome = held.isEmpty() ? PurchaseCharger.Outcome.LOST
                            : charger.work(held.get(), entry, accounts);
                    synchronized (done) {
                        done.merge(outcome, 1, Integer::sum);
                    }
                    lost.compareAndSet(false, outcome == PurchaseCharger.Outcome.LOST);
                }
            }, executor));
        }
        CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).join();
    }

    /**
     * The feed's lease during charging: renewed once less than half of it is left, so that every send
     * starts with at least half a lease ahead of it (more than one PortaBilling call can last).
     */
    private final class LeaseKeeper {

        private final String owner;
        private Optional<FeedLease> lease = Optional.empty();

        LeaseKeeper(String owner) {
            this.owner = owner;
        }

        synchronized Optional<FeedLease> current() {
            Instant now = clock.instant();
            if (lease.isEmpty() || now.plus(settings.lease().dividedBy(2)).isAfter(lease.get().until())) {
                lease = ledger.holdFeed(owner, now, settings.lease());
            }
            return lease;
        }
    }

    private static int count(Map<PurchaseCharger.Outcome, Integer> done, PurchaseCharger.Outcome outcome) {
        return done.getOrDefault(outcome, 0);
    }
}
