package dev.iptvbridge.embedded.internal.metrics;

import dev.iptvbridge.application.port.out.ComparisonRecord;
import dev.iptvbridge.application.port.out.DriftKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last comparison of billing and Minerva: {@code iptv_bridge_drift_accounts{kind}} (every kind,
 * 0 included) and {@code iptv_bridge_drift_last_run_timestamp_seconds} (0 until a run completed).
 */
public final class DriftMetrics {

    private final Map<DriftKind, AtomicLong> accounts = new EnumMap<>(DriftKind.class);
    private final AtomicLong lastRunMillis = new AtomicLong();

    public DriftMetrics(MeterRegistry registry) {
        for (DriftKind kind : DriftKind.values()) {
            AtomicLong count = new AtomicLong();
            accounts.put(kind, count);
            Gauge.builder("iptv_bridge_drift_accounts", count, AtomicLong::get).tag("kind", kind.label())
                    .description("Accounts (or Minerva customers) of each kind of drift the last comparison found")
                    .register(registry);
        }
        Gauge.builder("iptv_bridge_drift_last_run_timestamp_seconds", lastRunMillis, millis -> millis.get() / 1000.0)
                .description("When the last comparison of billing and Minerva completed (Unix time; 0: never)")
                .register(registry);
    }

    /** Shows {@code run}. */
    public void compared(ComparisonRecord run) {
        run.counts().forEach((kind, count) -> accounts.get(kind).set(count));
        lastRunMillis.set(run.finishedAt().toEpochMilli());
    }
}
