package dev.iptvbridge.embedded.internal.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.PlatformListingPort;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.metrics.BridgeMetrics;
import dev.iptvbridge.embedded.internal.metrics.MeteredIptvPlatform;
import dev.iptvbridge.minerva.MinervaAdapter;
import dev.iptvbridge.minerva.MinervaListing;
import dev.iptvbridge.minerva.MinervaResilience;
import dev.iptvbridge.minerva.MinervaSettings;
import jakarta.inject.Singleton;

/** Minerva: the API client behind the IPTV platform port, capped and rate-limited by configuration. */
public final class MinervaModule extends AbstractModule {

    @Provides
    @Singleton
    static MinervaAdapter adapter(BridgeConfig config) {
        return MinervaAdapter.create(settings(config), resilience(config));
    }

    static MinervaSettings settings(BridgeConfig config) {
        BridgeConfig.MinervaConfig minerva = config.minerva();
        return new MinervaSettings(minerva.url(), minerva.username(), minerva.password(), minerva.maxConcurrency(),
                minerva.ratePerSecond(), minerva.connectTimeout(), minerva.readTimeout());
    }

    static MinervaResilience resilience(BridgeConfig config) {
        BridgeConfig.RemoteCallSettings calls = config.resilience().minerva();
        return new MinervaResilience(calls.retryAttempts(), calls.retryWait(), calls.breakerFailureRate(),
                calls.breakerWindow(), calls.breakerOpenFor());
    }

    @Provides
    @Singleton
    static IptvPlatformPort platform(MinervaAdapter adapter, BridgeMetrics metrics) {
        return new MeteredIptvPlatform(adapter, metrics);
    }

    @Provides
    @Singleton
    static PlatformListingPort listing(MinervaAdapter adapter) {
        return new MinervaListing(adapter);
    }
}
