package dev.iptvbridge.bootstrap.wiring;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import dev.iptvbridge.bootstrap.daemon.Daemon;
import dev.iptvbridge.bootstrap.config.BridgeConfig;
import dev.iptvbridge.bootstrap.http.HttpApi;
import dev.iptvbridge.bootstrap.http.WebhookHandler;
import dev.iptvbridge.bootstrap.worker.Housekeeping;
import dev.iptvbridge.bootstrap.worker.WorkerPool;
import dev.iptvbridge.domain.catalog.Catalog;
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
        bind(WorkerPool.class);
        bind(WebhookHandler.class);
        bind(HttpApi.class);
        bind(Housekeeping.class);
        bind(Daemon.class);
    }
}
