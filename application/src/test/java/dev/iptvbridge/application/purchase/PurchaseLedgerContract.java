package dev.iptvbridge.application.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.FeedLease;
import dev.iptvbridge.application.port.out.LedgerStats;
import dev.iptvbridge.application.port.out.PurchaseLedgerPort;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PurchaseLedgerPort} does: extend this with a fresh, empty ledger per test. */
public abstract class PurchaseLedgerContract {

    protected static final Instant T0 = Instant.parse("2026-11-25T20:00:00Z");
    protected static final Duration LEASE = Duration.ofSeconds(30);

    protected PurchaseLedgerPort ledger;

    /** A fresh, empty ledger. */
    protected abstract PurchaseLedgerPort open();

    /** Frees what {@link #open()} took. */
    protected void close() {
    }

    @BeforeEach
    void openLedger() {
        ledger = open();
    }

    @AfterEach
    void closeLedger() {
        close();
    }

    public static PurchaseEvent purchase(long seq, String id) {
        return event(seq, PurchaseEventType.PURCHASE, id);
    }

    public static PurchaseEvent refund(long seq, String id) {
        return event(seq, PurchaseEventType.REFUND, id);
    }

    private static PurchaseEvent event(long seq, PurchaseEventType type, String id) {
        return new PurchaseEvent(seq, type, new Purchase(id, "1000889", "VOD", "Dune ünïcode", "3.99", "USD",
                T0.minusSeconds(60)));
    }

    private FeedLease hold(String owner, Instant now) {
        return ledger.holdFeed(owner, now, LEASE).orElseThrow();
    }

    private LedgerEntry entry(String id) {
        return ledger.find(id).orElseThrow();
    }

    @Test
    void aPageIsRecordedWithTheCursorAndReadingItAgainChangesNothing() {
        FeedLease lease = hold("d1", T0);
        List<PurchaseEvent> page = List.of(purchase(1, "PUR-1"), purchase(2, "PUR-2"), refund(3, "PUR-1"));
        FeedLease moved = ledger.record(lease, page, 3, T0).orElseThrow();
        ledger.record(moved, page, 3, T0.plusSeconds(1));

        assertThat(moved.cursor()).isEqualTo(3);
        assertThat(hold("d1", T0).cursor()).isEqualTo(3);
        LedgerEntry first = entry("PUR-1");
        assertThat(first.state()).isEqualTo(ChargeState.SEEN);
        assertThat(first.refundAsked()).isTrue();
        assertThat(first.seq()).isEqualTo(3);
        assertThat(first.purchase()).isEqualTo(page.get(0).purchase());
        assertThat(first.seenAt()).isEqualTo(T0);
        assertThat(entry("PUR-2").version()).isEqualTo(1);
        assertThat(ledger.list(Optional.empty(), 10)).hasSize(2);
    }

    @Test
    void theCursorNeverGoesBackAndEventsAtOrBelowItAreIgnored() {
        FeedLease lease = ledger.record(hold("d1", T0), List.of(purchase(5, "PUR-5")), 5, T0).orElseThrow();
        FeedLease after = ledger.record(lease, List.of(purchase(4, "PUR-4")), 4, T0).orElseThrow();

        assertThat(after.cursor()).isEqualTo(5);
        assertThat(ledger.find("PUR-4")).isEmpty();
    }

    @Test
    void aRefundOfAPurchaseNeverSeenIsParkedWithItsReason() {
        ledger.record(hold("d1", T0), List.of(refund(1, "PUR-OLD")), 1, T0);

        LedgerEntry parked = entry("PUR-OLD");
        assertThat(parked.state()).isEqualTo(ChargeState.PARKED);
        assertThat(parked.reason()).hasValueSatisfying(why -> assertThat(why).contains("never saw"));
        assertThat(ledger.due(T0, 10)).isEmpty();
    }

    @Test
    void oneOwnerHoldsTheFeedUntilItsLeaseRunsOutOrItIsReleased() {
        FeedLease first = hold("d1", T0);
        assertThat(ledger.holdFeed("d2", T0.plus(LEASE), LEASE)).isEmpty();
        assertThat(hold("d1", T0.plusSeconds(10)).until()).isEqualTo(T0.plusSeconds(40));

        FeedLease taken = hold("d2", T0.plusSeconds(41));
        assertThat(ledger.record(first, List.of(purchase(1, "PUR-1")), 1, T0.plusSeconds(41))).isEmpty();
        assertThat(ledger.find("PUR-1")).isEmpty();

        ledger.releaseFeed(taken);
        assertThat(ledger.holdFeed("d3", T0.plusSeconds(42), LEASE)).isPresent();
    }

    @Test
    void aWriteNeedsTheEntrysVersionAndTheFeedStillHeld() {
        FeedLease lease = ledger.record(hold("d1", T0), List.of(purchase(1, "PUR-1")), 1, T0).orElseThrow();
        LedgerEntry seen = entry("PUR-1");
        LedgerEntry charging = seen.startCharge().next().orElseThrow();

        assertThat(ledger.write(lease, seen, charging)).isTrue();
        assertThat(ledger.write(lease, seen, charging)).isFalse();
        LedgerEntry charged = charging.charged(99182, T0).next().orElseThrow();
        FeedLease other = hold("d2", T0.plusSeconds(31));
        assertThat(ledger.write(lease, charging, charged)).isFalse();
        assertThat(ledger.write(other, charging, charged)).isTrue();

        LedgerEntry stored = entry("PUR-1");
        assertThat(stored.state()).isEqualTo(ChargeState.CHARGED);
        assertThat(stored.chargeXdr()).isEqualTo(OptionalLong.of(99182));
        assertThat(stored).isEqualTo(charged);
    }

    @Test
    void dueEntriesAreThoseWithWorkLeftDueNowInFeedOrder() {
        FeedLease lease = ledger.record(hold("d1", T0), List.of(purchase(1, "PUR-1"), purchase(2, "PUR-2"),
                purchase(3, "PUR-3"), purchase(4, "PUR-4")), 4, T0).orElseThrow();
        LedgerEntry one = entry("PUR-1").startCharge().next().orElseThrow();
        ledger.write(lease, entry("PUR-1"), one);
        ledger.write(lease, one, one.charged(1, T0).next().orElseThrow());
        LedgerEntry two = entry("PUR-2").startCharge().next().orElseThrow();
        ledger.write(lease, entry("PUR-2"), two);
        ledger.write(lease, two, two.failed("timed out", T0.plusSeconds(60)).next().orElseThrow());
        ledger.write(lease, entry("PUR-4"), entry("PUR-4").park("amount 'x' is not a positive decimal").next().orElseThrow());

        assertThat(ledger.due(T0, 10)).extracting(LedgerEntry::id).containsExactly("PUR-3");
        assertThat(ledger.due(T0.plusSeconds(60), 10)).extracting(LedgerEntry::id).containsExactly("PUR-2", "PUR-3");
        assertThat(ledger.due(T0.plusSeconds(60), 1)).extracting(LedgerEntry::id).containsExactly("PUR-2");
        assertThat(entry("PUR-2").reason()).hasValue("timed out");
        assertThat(entry("PUR-2").attempts()).isEqualTo(1);

        ledger.record(lease, List.of(refund(5, "PUR-1")), 5, T0);
        assertThat(ledger.due(T0, 10)).extracting(LedgerEntry::id).containsExactly("PUR-3", "PUR-1");
    }

    @Test
    void retryingParkedEntriesResumesThemToBeLookedForFirst() {
        FeedLease lease = ledger.record(hold("d1", T0), List.of(purchase(1, "PUR-1"), purchase(2, "PUR-2")), 2, T0)
                .orElseThrow();
        ledger.write(lease, entry("PUR-1"), entry("PUR-1").park("unknown account").next().orElseThrow());
        ledger.write(lease, entry("PUR-2"), entry("PUR-2").park("unknown account").next().orElseThrow());

        assertThat(ledger.retryParked(Optional.of("PUR-1"), T0.plusSeconds(5))).isEqualTo(1);
        assertThat(ledger.retryParked(Optional.of("PUR-1"), T0.plusSeconds(5))).isZero();
        assertThat(entry("PUR-1").state()).isEqualTo(ChargeState.CHARGING);
        assertThat(entry("PUR-1").dueAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(ledger.list(Optional.of(ChargeState.PARKED), 10)).extracting(LedgerEntry::id).containsExactly("PUR-2");
        assertThat(ledger.retryParked(Optional.empty(), T0)).isEqualTo(1);
        assertThat(ledger.list(Optional.of(ChargeState.PARKED), 10)).isEmpty();
    }

    @Test
    void listsTheNewestFirstUpToTheLimit() {
        ledger.record(hold("d1", T0), List.of(purchase(1, "PUR-1"), purchase(2, "PUR-2"), purchase(3, "PUR-3")), 3, T0);

        assertThat(ledger.list(Optional.of(ChargeState.SEEN), 2)).extracting(LedgerEntry::id)
                .containsExactly("PUR-3", "PUR-2");
        assertThat(ledger.list(Optional.of(ChargeState.CHARGED), 2)).isEmpty();
    }

    @Test
    void statsCountStatesAndTellHowFarChargingIsBehindTheFeed() {
        assertThat(ledger.stats()).isEqualTo(new LedgerStats(java.util.Map.of(), 0, 0, Optional.empty()));
        FeedLease lease = ledger.record(hold("d1", T0), List.of(purchase(1, "PUR-1"), purchase(2, "PUR-2")), 2, T0)
                .orElseThrow();
        ledger.record(lease, List.of(purchase(3, "PUR-3")), 7, T0.plusSeconds(9));
        LedgerEntry one = entry("PUR-1").startCharge().next().orElseThrow();
        ledger.write(lease, entry("PUR-1"), one);
        ledger.write(lease, one, one.charged(5, T0).next().orElseThrow());

        LedgerStats stats = ledger.stats();
        assertThat(stats.byState()).containsEntry("CHARGED", 1L).containsEntry("SEEN", 2L).hasSize(2);
        assertThat(stats.cursor()).isEqualTo(7);
        assertThat(stats.settled()).isEqualTo(1);
        assertThat(stats.oldestUncharged()).hasValue(T0);
    }
}
