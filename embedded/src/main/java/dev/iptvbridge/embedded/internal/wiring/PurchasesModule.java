package dev.iptvbridge.embedded.internal.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.application.port.in.ChargePurchasesUseCase;
import dev.iptvbridge.application.port.in.ManageChargesUseCase;
import dev.iptvbridge.application.port.out.ChargingPort;
import dev.iptvbridge.application.port.out.PurchaseFeedPort;
import dev.iptvbridge.application.port.out.PurchaseLedgerPort;
import dev.iptvbridge.application.service.ChargePurchasesService;
import dev.iptvbridge.application.service.ManageChargesService;
import dev.iptvbridge.application.service.PurchaseSettings;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.metrics.PurchaseMetrics;
import dev.iptvbridge.embedded.internal.worker.PurchaseFeedRunner;
import dev.iptvbridge.minerva.MinervaPurchaseFeed;
import dev.iptvbridge.persistence.Database;
import dev.iptvbridge.persistence.PurchaseLedgerAdapter;
import dev.iptvbridge.portabilling.PortaBillingCharging;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.Executors;

/**
 * Charging Minerva's purchases: the ledger on the bridge's database, the feed on Minerva's API,
 * charging on PortaBilling's, the use cases and the runner. Adapters are built on first use, so
 * that a bridge with {@code purchases.enabled: false} opens no connection for them.
 */
public final class PurchasesModule extends AbstractModule {

    // Charges sent at once: enough that a send timing out does not hold up the others, few enough
    // that PortaBilling sees no burst (each lane waits for its answer before the next send).
    static final int LANES = 4;

    @Override
    protected void configure() {
        bind(ManageChargesUseCase.class).to(ManageChargesService.class).in(Singleton.class);
        bind(ManageChargesService.class);
        bind(PurchaseMetrics.class);
        bind(PurchaseFeedRunner.class);
    }

    @Provides
    @Singleton
    static PurchaseLedgerPort ledger(Database database) {
        return new PurchaseLedgerAdapter(database);
    }

    @Provides
    @Singleton
    static PurchaseFeedPort feed(BridgeConfig config) {
        return MinervaPurchaseFeed.create(MinervaModule.settings(config), MinervaModule.resilience(config));
    }

    @Provides
    @Singleton
    static ChargingPort charging(BridgeConfig config) {
        return PortaBillingCharging.create(PortaBillingModule.settings(config), PortaBillingModule.resilience(config));
    }

    @Provides
    @Singleton
    static ChargePurchasesUseCase charge(PurchaseLedgerPort ledger, PurchaseFeedPort feed, ChargingPort charging,
                                         BridgeConfig config, Clock clock) {
        BridgeConfig.PurchaseConfig purchases = config.purchases();
        return new ChargePurchasesService(ledger, feed, charging, new PurchaseSettings(purchases.service(),
                purchases.defaultCurrency(), purchases.pageSize(), purchases.lease(), config.retry().baseDelay(),
                config.retry().maxDelay()), clock, Executors.newFixedThreadPool(LANES, runnable -> {
                    Thread thread = new Thread(runnable, "iptv-bridge-charger");
                    thread.setDaemon(true);
                    return thread;
                }), LANES);
    }
}
