package dev.iptvbridge.embedded.internal.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.application.port.in.CheckCatalogUseCase;
import dev.iptvbridge.application.service.ActiveCatalog;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.runtime.CatalogStartCheck;
import dev.iptvbridge.embedded.internal.runtime.StartupChecks;
import dev.iptvbridge.minerva.MinervaAdapter;
import dev.iptvbridge.portabilling.PortaBillingAdapter;
import jakarta.inject.Singleton;

/** The start-up and periodic checks: a PortaBilling login, Minerva's {@code GET /packages}, the catalog check. */
public final class StartupChecksModule extends AbstractModule {

    @Provides
    @Singleton
    static StartupChecks startupChecks(PortaBillingAdapter portabilling, MinervaAdapter minerva, ActiveCatalog catalog,
                                       CheckCatalogUseCase checkCatalog, BridgeConfig config) {
        return new StartupChecks(portabilling.baseUrl(), portabilling::checkLogin, minerva.baseUrl(),
                minerva::listPackages, CatalogStartCheck.of(checkCatalog, catalog::catalog, config.catalog(),
                        config.catalogCheck()));
    }
}
