package dev.iptvbridge.bootstrap.wiring;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.bootstrap.daemon.Daemon;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.wiring.ApplicationModule;
import dev.iptvbridge.embedded.internal.wiring.ConfigModule;
import dev.iptvbridge.embedded.internal.wiring.MinervaModule;
import dev.iptvbridge.embedded.internal.wiring.PersistenceModule;
import dev.iptvbridge.embedded.internal.wiring.PortaBillingModule;
import dev.iptvbridge.embedded.internal.wiring.PurchasesModule;
import dev.iptvbridge.embedded.internal.wiring.RemoteSystemsModule;
import dev.iptvbridge.embedded.internal.wiring.CatalogModule;
import dev.iptvbridge.embedded.internal.wiring.StartupChecksModule;
import dev.iptvbridge.bootstrap.http.HistoryRoute;
import dev.iptvbridge.bootstrap.console.ConsoleRoutes;
import dev.iptvbridge.bootstrap.http.HttpApi;
import dev.iptvbridge.bootstrap.http.WebhookHandler;
import dev.iptvbridge.embedded.internal.espf.EspfIntake;
import dev.iptvbridge.embedded.internal.worker.ComparisonSweep;
import dev.iptvbridge.embedded.internal.worker.Housekeeping;
import dev.iptvbridge.embedded.internal.worker.RevenueSchedule;
import dev.iptvbridge.embedded.internal.metrics.RevenueMetrics;
import dev.iptvbridge.embedded.internal.worker.StatusReportSender;
import dev.iptvbridge.embedded.internal.worker.WorkerPool;
import dev.iptvbridge.domain.catalog.Catalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The root module: every adapter's module, the application's, and the daemon's own parts. */
public final class DaemonModule extends AbstractModule {

    private final BridgeConfig config;
    private final Catalog catalog;
    private final Clock clock;

    public DaemonModule(BridgeConfig config, Catalog catalog, Clock clock) {
        this.config = requireNonNull(config, "config is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
        install(new ConfigModule(config, catalog, clock));
        install(new ApplicationModule());
        install(new PortaBillingModule());
        install(new MinervaModule());
        install(new PersistenceModule());
        install(new RemoteSystemsModule());
        install(new StartupChecksModule());
        install(new CatalogModule());
        install(new PurchasesModule());
        bind(WorkerPool.class);
        bind(EspfIntake.class);
        bind(WebhookHandler.class);
        bind(MeterRegistry.class).to(PrometheusMeterRegistry.class);
        bind(HttpApi.class);
        bind(HistoryRoute.class);
        bind(ConsoleRoutes.class);
        bind(Housekeeping.class);
        bind(ComparisonSweep.class);
        bind(RevenueSchedule.class);
        bind(RevenueMetrics.class);
        bind(StatusReportSender.class);
        bind(Daemon.class);
    }

    @Provides
    @Singleton
    static PrometheusMeterRegistry prometheus() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // The process as a whole is the daemon's to report; an embedding host reports its own JVM.
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        return registry;
    }
}
