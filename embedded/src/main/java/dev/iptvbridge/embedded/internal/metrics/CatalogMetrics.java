package dev.iptvbridge.embedded.internal.metrics;

import dev.iptvbridge.application.port.in.CatalogPoll;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/** The catalog's meters: the generation in use, the switches, and the refused catalog files. */
public final class CatalogMetrics {

    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final Counter switches;
    private final Counter failures;

    public CatalogMetrics(MeterRegistry registry) {
        Gauge.builder("iptv_bridge_catalog_generation", generation, AtomicLong::get)
                .description("The catalog generation this bridge uses (0: the file read at start, before the database)")
                .register(registry);
        Gauge.builder("iptv_bridge_catalog_reload_failing", refused, AtomicLong::get)
                .description("1 while this bridge's catalog file is refused and the old catalog stays in use")
                .register(registry);
        this.switches = Counter.builder("iptv_bridge_catalog_switches_total")
                .description("Switches of this bridge to a new catalog generation").register(registry);
        this.failures = Counter.builder("iptv_bridge_catalog_reload_failures_total")
                .description("Catalog files (or reloads) refused by the check; the old catalog stayed").register(registry);
    }

    public void looked(CatalogPoll poll) {
        if (poll.generation() != generation.getAndSet(poll.generation())) {
            switches.increment();
        }
        refused.set(poll.refused().isPresent() ? 1 : 0);
        if (poll.newlyRefused()) {
            failures.increment();
        }
    }
}
