package dev.iptvbridge.embedded.internal.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.application.port.in.CatalogValidator;
import dev.iptvbridge.application.port.in.CheckCatalogUseCase;
import dev.iptvbridge.application.service.LiveCatalogValidator;
import dev.iptvbridge.application.port.in.DiffCatalogUseCase;
import dev.iptvbridge.application.port.in.ReloadCatalogUseCase;
import dev.iptvbridge.application.port.in.WatchCatalogUseCase;
import dev.iptvbridge.application.port.out.AccountProductsPort;
import dev.iptvbridge.application.port.out.CatalogFilePort;
import dev.iptvbridge.application.port.out.CatalogStorePort;
import dev.iptvbridge.application.service.ActiveCatalog;
import dev.iptvbridge.application.service.CatalogPublisher;
import dev.iptvbridge.application.service.CatalogSwitchService;
import dev.iptvbridge.application.service.CatalogSwitchSettings;
import dev.iptvbridge.application.service.DiffCatalogService;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.metrics.CatalogMetrics;
import dev.iptvbridge.embedded.internal.runtime.CatalogFileSource;
import dev.iptvbridge.embedded.internal.worker.CatalogWatcher;
import dev.iptvbridge.persistence.CatalogStoreAdapter;
import dev.iptvbridge.persistence.Database;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * The catalog while the bridge runs: the one in use, the file it comes from, the shared generations in
 * the database, the record of each account's products, the diff and the switch.
 */
public final class CatalogModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(CatalogPublisher.class).in(Singleton.class);
        bind(CatalogSwitchService.class).in(Singleton.class);
        bind(WatchCatalogUseCase.class).to(CatalogSwitchService.class);
        bind(ReloadCatalogUseCase.class).to(CatalogSwitchService.class);
        bind(DiffCatalogUseCase.class).to(DiffCatalogService.class).in(Singleton.class);
        bind(DiffCatalogService.class);
        bind(CatalogWatcher.class);
    }

    @Provides
    @Singleton
    static ActiveCatalog activeCatalog(Catalog atStart) {
        return new ActiveCatalog(atStart);
    }

    @Provides
    @Singleton
    static CatalogFilePort catalogFile(BridgeConfig config) {
        return new CatalogFileSource(config.catalog());
    }

    // After parsing, the live check against Minerva and PortaBilling that `catalog check` runs.
    @Provides
    @Singleton
    static CatalogValidator validator(CheckCatalogUseCase check) {
        return new LiveCatalogValidator(check);
    }

    @Provides
    @Singleton
    static CatalogStoreAdapter catalogStore(Database database) {
        return new CatalogStoreAdapter(database);
    }

    @Provides
    @Singleton
    static CatalogStorePort generations(CatalogStoreAdapter adapter) {
        return adapter;
    }

    @Provides
    @Singleton
    static AccountProductsPort accountProducts(CatalogStoreAdapter adapter) {
        return adapter;
    }

    @Provides
    @Singleton
    static CatalogSwitchSettings switchSettings(BridgeConfig config) {
        String instance = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new CatalogSwitchSettings(instance, config.maintenance().catalogPollInterval().multipliedBy(2));
    }

    @Provides
    @Singleton
    static CatalogMetrics catalogMetrics(MeterRegistry registry) {
        return new CatalogMetrics(registry);
    }
}
