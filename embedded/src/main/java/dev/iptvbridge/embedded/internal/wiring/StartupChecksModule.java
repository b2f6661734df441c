package dev.iptvbridge.embedded.internal.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.application.service.ActiveCatalog;
import dev.iptvbridge.embedded.internal.runtime.StartupChecks;
import dev.iptvbridge.minerva.MinervaAdapter;
import dev.iptvbridge.portabilling.PortaBillingAdapter;
import jakarta.inject.Singleton;

/** The start-up and periodic checks: a PortaBilling login, Minerva's {@code GET /packages} against the catalog. */
public final class StartupChecksModule extends AbstractModule {

    @Provides
    @Singleton
    static StartupChecks startupChecks(PortaBillingAdapter portabilling, MinervaAdapter minerva, ActiveCatalog catalog) {
        return new StartupChecks(portabilling.baseUrl(), portabilling::checkLogin, minerva.baseUrl(),
                minerva::listPackages, catalog::catalog);
    }
}
