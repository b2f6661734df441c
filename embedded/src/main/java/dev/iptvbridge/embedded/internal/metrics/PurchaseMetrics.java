package dev.iptvbridge.embedded.internal.metrics;

import dev.iptvbridge.application.port.in.ChargeRound;
import dev.iptvbridge.application.port.out.LedgerStats;
import dev.iptvbridge.application.port.out.PurchaseLedgerPort;
import dev.iptvbridge.application.purchase.ChargeState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The purchase charger's meters (docs/operations.md, "Purchases"): what this process counted, and
 * what the ledger says, which every daemon on the database reports alike.
 */
@Singleton
public final class PurchaseMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Counter seen;
    private final Counter refunds;
    private final Counter charged;
    private final Counter credited;
    private final Counter parked;
    private final AtomicBoolean watching = new AtomicBoolean();

    @Inject
    public PurchaseMetrics(Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.registry = registry;
        this.seen = counter("iptv_bridge_purchases_seen_total", "Purchases read from Minerva's feed for the first time");
        this.refunds = counter("iptv_bridge_purchases_refunds_seen_total", "Refunds read from Minerva's feed for the first time");
        this.charged = counter("iptv_bridge_purchases_charged_total", "Purchases charged to their PortaBilling account");
        this.credited = counter("iptv_bridge_purchases_credited_total", "Refunds credited to their PortaBilling account");
        this.parked = counter("iptv_bridge_purchases_parked_total", "Purchases parked until an operator retries them");
    }

    public void recorded(ChargeRound round) {
        seen.increment(round.seen());
        refunds.increment(round.refunds());
        charged.increment(round.charged());
        credited.increment(round.credited());
        parked.increment(round.parked());
    }

    /** Ledger gauges, read at most once a second however often they are scraped; registered once. */
    public void watch(PurchaseLedgerPort ledger) {
        if (!watching.compareAndSet(false, true)) {
            return;
        }
        Supplier<LedgerStats> stats = new CachedStats<>(clock, ledger::stats, new LedgerStats(Map.of(), 0, 0, Optional.empty()));
        for (ChargeState state : ChargeState.values()) {
            Gauge.builder("iptv_bridge_purchases_ledger_entries", () -> stats.get().byState().getOrDefault(state.name(), 0L))
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .description("Purchases in the ledger, by state").register(registry);
        }
        Gauge.builder("iptv_bridge_purchases_feed_read_seq", () -> stats.get().cursor())
                .description("The newest seq of Minerva's purchase feed read and recorded").register(registry);
        Gauge.builder("iptv_bridge_purchases_feed_lag", () -> stats.get().cursor() - stats.get().settled())
                .description("Feed events read but not yet charged, credited or parked (newest seq read minus the seq"
                        + " up to which all is settled)").register(registry);
        Gauge.builder("iptv_bridge_purchases_oldest_uncharged_age_seconds", () -> stats.get().oldestUncharged()
                        .map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0)).orElse(0.0))
                .description("How long the oldest purchase waiting for its charge has waited (parked ones aside)")
                .register(registry);
    }

    private Counter counter(String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }
}
