package dev.iptvbridge.embedded.internal.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.metrics.BridgeMetrics;
import dev.iptvbridge.embedded.internal.metrics.MeteredIptvPlatform;
import dev.iptvbridge.minerva.MinervaAdapter;
import dev.iptvbridge.minerva.MinervaSettings;
import jakarta.inject.Singleton;

/** Minerva: the API client behind the IPTV platform port, capped and rate-limited by configuration. */
public final class MinervaModule extends AbstractModule {

    @Provides
    @Singleton
    static IptvPlatformPort platform(BridgeConfig config, BridgeMetrics metrics) {
        BridgeConfig.MinervaConfig minerva = config.minerva();
        MinervaAdapter adapter = MinervaAdapter.create(new MinervaSettings(minerva.url(), minerva.username(),
                minerva.password(), minerva.maxConcurrency(), minerva.ratePerSecond(), minerva.connectTimeout(),
                minerva.readTimeout()));
        return new MeteredIptvPlatform(adapter, metrics);
    }
}
