package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.ChargePurchasesUseCase;
import dev.iptvbridge.application.port.in.ChargeRound;
import dev.iptvbridge.application.port.out.ChargingPort;
import dev.iptvbridge.application.port.out.FeedLease;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.PurchaseEvent;
import dev.iptvbridge.application.port.out.PurchaseEventType;
import dev.iptvbridge.application.port.out.PurchaseFeedPage;
import dev.iptvbridge.application.port.out.PurchaseFeedPort;
import dev.iptvbridge.application.port.out.PurchaseLedgerPort;
import dev.iptvbridge.application.purchase.LedgerEntry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the purchase feed into the ledger (the cursor moves in the same transaction as the entries
 * it read, so a crash reads a page again and the ledger ignores what it holds), then charges what is
 * due. Only the holder of the feed's lease does either; the lease is renewed before every entry, so
 * a daemon that lost it (paused, cut off from the database) stops before it sends anything more.
 */
public final class ChargePurchasesService implements ChargePurchasesUseCase {

    private static final System.Logger LOG = System.getLogger(ChargePurchasesService.class.getName());

    private final PurchaseLedgerPort ledger;
    private final PurchaseFeedPort feed;
    private final PurchaseCharger charger;
    private final PurchaseSettings settings;
    private final Clock clock;

    public ChargePurchasesService(PurchaseLedgerPort ledger, PurchaseFeedPort feed, ChargingPort charging,
                                  PurchaseSettings settings, Clock clock) {
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
        for (LedgerEntry entry : ledger.due(clock.instant(), PurchaseSettings.BATCH)) {
            // Renewed before each entry: a send starts only with a whole lease ahead of it.
            Optional<FeedLease> lease = ledger.holdFeed(owner, clock.instant(), settings.lease());
            if (lease.isEmpty()) {
                return;
            }
            PurchaseCharger.Outcome outcome = charger.work(lease.get(), entry);
            done.merge(outcome, 1, Integer::sum);
            if (outcome == PurchaseCharger.Outcome.LOST) {
                return;
            }
        }
    }

    private static int count(Map<PurchaseCharger.Outcome, Integer> done, PurchaseCharger.Outcome outcome) {
        return done.getOrDefault(outcome, 0);
    }
}
