package dev.iptvbridge.embedded.internal.wiring;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.espf.EspfIntake;
import dev.iptvbridge.embedded.internal.runtime.HostRuntime;
import dev.iptvbridge.embedded.internal.worker.ComparisonSweep;
import dev.iptvbridge.embedded.internal.worker.Housekeeping;
import dev.iptvbridge.embedded.internal.worker.RevenueSchedule;
import dev.iptvbridge.embedded.internal.metrics.RevenueMetrics;
import dev.iptvbridge.embedded.internal.worker.StatusReportSender;
import dev.iptvbridge.embedded.internal.worker.WorkerPool;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;

/**
 * The root module of an embedded bridge: every adapter's module and the application's, the workers
 * and the ESPF intake; no HTTP server, no command line. {@code persistence} is the database module
 * chosen by the caller (the bridge's own pool, or the host's DataSource).
 */
public final class EmbeddedModule extends AbstractModule {

    private final BridgeConfig config;
    private final Catalog catalog;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Module persistence;

    public EmbeddedModule(BridgeConfig config, Catalog catalog, Clock clock, MeterRegistry registry, Module persistence) {
        this.config = requireNonNull(config, "config is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.persistence = requireNonNull(persistence, "persistence is null");
    }

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
        install(new ConfigModule(config, catalog, clock));
        install(new ApplicationModule());
        install(new PortaBillingModule());
        install(new MinervaModule());
        install(persistence);
        install(new RemoteSystemsModule());
        install(new StartupChecksModule());
        install(new CatalogModule());
        install(new PurchasesModule());
        bind(MeterRegistry.class).toInstance(registry);
        bind(WorkerPool.class);
        bind(Housekeeping.class);
        bind(ComparisonSweep.class);
        bind(RevenueSchedule.class);
        bind(RevenueMetrics.class);
        bind(StatusReportSender.class);
        bind(EspfIntake.class);
        bind(HostRuntime.class);
    }
}
