package dev.iptvbridge.embedded.internal.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.application.port.out.BillingPort;
import dev.iptvbridge.application.port.out.CustomerListPort;
import dev.iptvbridge.application.port.out.ProductListPort;
import dev.iptvbridge.application.port.out.ProvisioningStatusPort;
import dev.iptvbridge.application.port.out.SubscriptionsPort;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.metrics.BridgeMetrics;
import dev.iptvbridge.embedded.internal.metrics.MeteredBilling;
import dev.iptvbridge.portabilling.PortaBillingAdapter;
import dev.iptvbridge.portabilling.PortaBillingCustomerList;
import dev.iptvbridge.portabilling.PortaBillingProducts;
import dev.iptvbridge.portabilling.PortaBillingResilience;
import dev.iptvbridge.portabilling.PortaBillingSettings;
import dev.iptvbridge.portabilling.PortaBillingSubscriptions;
import dev.iptvbridge.portabilling.espf.EspfWebhookDecoder;
import dev.iptvbridge.portabilling.espf.EspfWebhookSettings;
import jakarta.inject.Singleton;

/** PortaBilling: the API client behind the billing ports, and the ESPF webhook decoder. */
public final class PortaBillingModule extends AbstractModule {

    @Provides
    @Singleton
    static PortaBillingAdapter adapter(BridgeConfig config) {
        return PortaBillingAdapter.create(settings(config), resilience(config));
    }

    static PortaBillingSettings settings(BridgeConfig config) {
        BridgeConfig.PortaBillingConfig pb = config.portabilling();
        return new PortaBillingSettings(pb.url(), pb.login(), pb.password(), pb.connectTimeout(), pb.readTimeout());
    }

    static PortaBillingResilience resilience(BridgeConfig config) {
        BridgeConfig.RemoteCallSettings calls = config.resilience().portabilling();
        return new PortaBillingResilience(calls.retryAttempts(), calls.retryWait(), calls.breakerFailureRate(),
                calls.breakerWindow(), calls.breakerOpenFor());
    }

    @Provides
    @Singleton
    static MeteredBilling billing(PortaBillingAdapter adapter, BridgeMetrics metrics) {
        return new MeteredBilling(adapter, adapter, metrics);
    }

    @Provides
    @Singleton
    static BillingPort billingPort(MeteredBilling billing) {
        return billing;
    }

    @Provides
    @Singleton
    static CustomerListPort customerList(PortaBillingAdapter adapter) {
        return new PortaBillingCustomerList(adapter);
    }

    @Provides
    @Singleton
    static ProvisioningStatusPort statusPort(MeteredBilling billing) {
        return billing;
    }

    @Provides
    @Singleton
    static ProductListPort productList(PortaBillingAdapter adapter) {
        return PortaBillingProducts.over(adapter);
    }

    @Provides
    @Singleton
    static SubscriptionsPort subscriptions(PortaBillingAdapter adapter) {
        return PortaBillingSubscriptions.over(adapter);
    }

    @Provides
    @Singleton
    static EspfWebhookDecoder decoder(BridgeConfig config) {
        BridgeConfig.WebhookSettings webhook = config.webhook();
        return new EspfWebhookDecoder(new EspfWebhookSettings(webhook.username(), webhook.password(), webhook.header(),
                webhook.maxBodyBytes()));
    }
}
