package dev.iptvbridge.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.fake.FakeCharging;
import dev.iptvbridge.application.fake.FakePurchaseFeed;
import dev.iptvbridge.application.fake.InMemoryPurchaseLedger;
import dev.iptvbridge.application.fake.MutableClock;
import dev.iptvbridge.application.port.in.ChargeRound;
import dev.iptvbridge.application.purchase.Purchase;
import dev.iptvbridge.application.purchase.PurchaseEvent;
import dev.iptvbridge.application.purchase.PurchaseEventType;
import dev.iptvbridge.application.purchase.ChargeState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChargePurchasesServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-25T20:11:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryPurchaseLedger ledger = new InMemoryPurchaseLedger();
    private final FakePurchaseFeed feed = new FakePurchaseFeed();
    private final FakeCharging billing = new FakeCharging().account(1000889, "USD").account(1000890, null);
    private final PurchaseSettings settings = new PurchaseSettings(4, "USD", 500, Duration.ofSeconds(30),
            Duration.ofSeconds(1), Duration.ofMinutes(1));
    private final ChargePurchasesService service = new ChargePurchasesService(ledger, feed, billing, settings, clock);
    private long seq;

    private void sells(String id, String account, String kind, String price, String currency) {
        feed.add(new PurchaseEvent(++seq, PurchaseEventType.PURCHASE,
                new Purchase(id, account, kind, "Dune", price, currency, T0)));
    }

    private void refunds(String id) {
        feed.add(new PurchaseEvent(++seq, PurchaseEventType.REFUND,
                new Purchase(id, "1000889", "VOD", "Dune", "3.99", "USD", T0)));
    }

    @Test
    void chargesAPurchaseOnceWithWhatTheBillPrintsAndCreditsItsRefundOnce() {
        sells("PUR-1", "1000889", "VOD", "3.99", "USD");
        sells("PUR-2", "1000890", "PPV", "12.50", "USD");
        refunds("PUR-1");

        ChargeRound round = service.round("d1");
        service.round("d1");
        service.round("d1");

        // The credit follows in the next round, which comes at once after a busy one.
        assertThat(round).isEqualTo(new ChargeRound(true, 2, 1, 2, 0, 0, 0));
        assertThat(billing.applied()).extracting(a -> a.transaction().action() + " " + a.transaction().amount()
                        + " " + a.transaction().visibleComment() + " " + a.transaction().internalComment())
                .containsExactlyInAnyOrder("CHARGE 3.99 VOD: Dune minerva-purchase:PUR-1",
                        "CHARGE 12.50 PPV: Dune minerva-purchase:PUR-2",
                        "CREDIT 3.99 VOD: Dune minerva-refund:PUR-1");
        assertThat(billing.applied()).allSatisfy(a -> assertThat(a.transaction().service()).isEqualTo(4));
        assertThat(ledger.find("PUR-1").orElseThrow().state()).isEqualTo(ChargeState.REFUNDED);
        assertThat(ledger.find("PUR-2").orElseThrow().chargeXdr()).hasValue(billing.applied().stream()
                .filter(a -> a.transaction().internalComment().endsWith("PUR-2")).findFirst().orElseThrow().xdr());
    }

    @Test
    void aChargeAppliedThenTimedOutIsFoundAndNotSentAgain() {
        sells("PUR-1", "1000889", "VOD", "3.99", "USD");
        billing.applyThenTimeOut(1);

        assertThat(service.round("d1").failed()).isEqualTo(1);
        assertThat(ledger.find("PUR-1").orElseThrow().state()).isEqualTo(ChargeState.CHARGING);
        assertThat(service.round("d1").charged()).isZero();
        clock.advance(Duration.ofSeconds(1));

        assertThat(service.round("d1").charged()).isEqualTo(1);
        assertThat(billing.applied()).hasSize(1);
        assertThat(ledger.find("PUR-1").orElseThrow().chargeXdr()).hasValue(billing.applied().get(0).xdr());
    }

    @Test
    void aChargeThatFailedBeforeItWasAppliedIsSentAgainAfterABackoff() {
        sells("PUR-1", "1000889", "VOD", "3.99", "USD");
        billing.failWithoutApplying(2);

        service.round("d1");
        clock.advance(Duration.ofSeconds(1));
        service.round("d1");
        clock.advance(Duration.ofSeconds(2));
        service.round("d1");

        assertThat(billing.applied()).hasSize(1);
        assertThat(ledger.find("PUR-1").orElseThrow().state()).isEqualTo(ChargeState.CHARGED);
    }

    @Test
    void whatCannotBeChargedIsParkedWithItsReasonAndChargedOnceRetriedAfterAFix() {
        sells("PUR-UNKNOWN", "1000999", "VOD", "3.99", "USD");
        sells("PUR-EUR", "1000889", "VOD", "3.99", "EUR");
        sells("PUR-FREE", "1000889", "VOD", "-1.00", "USD");
        sells("PUR-DEFAULT", "1000890", "VOD", "1.00", "USD");

        assertThat(service.round("d1").parked()).isEqualTo(3);
        assertThat(ledger.find("PUR-UNKNOWN").orElseThrow().reason().orElseThrow()).startsWith("unknown account");
        assertThat(ledger.find("PUR-EUR").orElseThrow().reason().orElseThrow()).contains("currency EUR");
        assertThat(ledger.find("PUR-FREE").orElseThrow().reason().orElseThrow()).contains("not a positive decimal");
        assertThat(billing.applied()).extracting(a -> a.transaction().internalComment())
                .containsExactly("minerva-purchase:PUR-DEFAULT");

        billing.account(1000999, "USD");
        assertThat(new ManageChargesService(ledger, clock).retry(Optional.of("PUR-UNKNOWN"))).isEqualTo(1);
        service.round("d1");
        service.round("d1");
        assertThat(billing.applied()).hasSize(2);
        assertThat(ledger.list(Optional.of(ChargeState.PARKED), 10)).hasSize(2);
    }

    @Test
    void pagesAnsweredTwiceChargeNothingTwice() {
        feed.repeat(3);
        for (int i = 1; i <= 10; i++) {
            sells("PUR-" + i, "1000889", "VOD", "1.00", "USD");
        }
        PurchaseSettings small = new PurchaseSettings(4, "USD", 4, Duration.ofSeconds(30), Duration.ofSeconds(1),
                Duration.ofMinutes(1));

        ChargePurchasesService reader = new ChargePurchasesService(ledger, feed, billing, small, clock);
        while (reader.round("d1").busy()) {
            clock.advance(Duration.ofMillis(1));
        }

        assertThat(billing.applied()).hasSize(10);
    }

    @Test
    void aSecondDaemonWaitsWhileTheFirstHoldsTheFeedAndTakesOverWhenItsLeaseRunsOut() {
        sells("PUR-1", "1000889", "VOD", "3.99", "USD");
        service.round("d1");
        sells("PUR-2", "1000889", "VOD", "3.99", "USD");

        assertThat(service.round("d2")).isEqualTo(ChargeRound.NOT_HELD);
        clock.advance(Duration.ofSeconds(31));
        assertThat(service.round("d2").charged()).isEqualTo(1);
        service.release("d2");
        assertThat(service.round("d1").held()).isTrue();
        assertThat(billing.applied()).hasSize(2);
    }

    @Test
    void lanesChargingAtOnceChargeEveryPurchaseOnce() {
        for (int i = 1; i <= 300; i++) {
            sells("PUR-" + i, i % 2 == 0 ? "1000889" : "1000890", "VOD", "1.00", "USD");
        }
        billing.applyThenTimeOut(20);
        java.util.concurrent.ExecutorService lanes = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            ChargePurchasesService parallel = new ChargePurchasesService(ledger, feed, billing, settings, clock, lanes, 4);
            for (int round = 0; round < 20; round++) {
                parallel.round("d1");
                clock.advance(Duration.ofSeconds(2));
            }
        } finally {
            lanes.shutdownNow();
        }

        assertThat(billing.applied()).hasSize(300);
        assertThat(billing.applied()).extracting(a -> a.transaction().internalComment()).doesNotHaveDuplicates();
        assertThat(ledger.list(Optional.of(ChargeState.CHARGED), 500)).hasSize(300);
    }
}
