package dev.iptvbridge.embedded.internal.metrics;

import dev.iptvbridge.application.port.in.RevenueReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the last revenue check found, as {@code iptv_bridge_revenue_findings{kind}} ({@code servedNotCharged},
 * {@code chargedNotServed}) and when it finished; 0 until the first check.
 */
@Singleton
public final class RevenueMetrics {

    private final AtomicLong servedNotCharged = new AtomicLong();
    private final AtomicLong chargedNotServed = new AtomicLong();
    private final AtomicLong checkedAtMillis = new AtomicLong();

    @Inject
    public RevenueMetrics(MeterRegistry registry) {
        Gauge.builder("iptv_bridge_revenue_findings", servedNotCharged, AtomicLong::get).tag("kind", "servedNotCharged")
                .description("Accounts that receive a charged service package without an active subscription for it, "
                        + "at the last revenue check").register(registry);
        Gauge.builder("iptv_bridge_revenue_findings", chargedNotServed, AtomicLong::get).tag("kind", "chargedNotServed")
                .description("Accounts with an active subscription for a service package they do not receive, "
                        + "at the last revenue check").register(registry);
        Gauge.builder("iptv_bridge_revenue_last_checked_timestamp_seconds", checkedAtMillis, m -> m.get() / 1000.0)
                .description("When the last revenue check finished (Unix time; 0: none since start)").register(registry);
    }

    public void checked(RevenueReport report) {
        servedNotCharged.set(report.servedNotCharged().size());
        chargedNotServed.set(report.chargedNotServed().size());
        checkedAtMillis.set(report.checkedAt().toEpochMilli());
    }
}
