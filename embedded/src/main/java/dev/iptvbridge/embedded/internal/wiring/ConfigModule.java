package dev.iptvbridge.embedded.internal.wiring;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.application.service.RetryPolicy;
import dev.iptvbridge.application.service.ServedEnvironment;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.metrics.BridgeMetrics;
import dev.iptvbridge.embedded.internal.metrics.DriftMetrics;
import dev.iptvbridge.domain.catalog.Catalog;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The checked configuration, the catalog, the clock and the metrics (on the {@link MeterRegistry} the root module binds). */
public final class ConfigModule extends AbstractModule {

    private final BridgeConfig config;
    private final Catalog catalog;
    private final Clock clock;

    public ConfigModule(BridgeConfig config, Catalog catalog, Clock clock) {
        this.config = requireNonNull(config, "config is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    protected void configure() {
        bind(BridgeConfig.class).toInstance(config);
        bind(Catalog.class).toInstance(catalog);
        bind(Clock.class).toInstance(clock);
    }

    @Provides
    @Singleton
    static BridgeMetrics metrics(Clock clock, MeterRegistry registry) {
        return new BridgeMetrics(clock, registry);
    }

    @Provides
    @Singleton
    static DriftMetrics driftMetrics(MeterRegistry registry) {
        return new DriftMetrics(registry);
    }

    @Provides
    @Singleton
    static ServedEnvironment servedEnvironment(BridgeConfig config) {
        return new ServedEnvironment(config.environment());
    }

    @Provides
    @Singleton
    static RetryPolicy retryPolicy(BridgeConfig config) {
        BridgeConfig.RetrySettings retry = config.retry();
        return new RetryPolicy(retry.maxAttempts(), retry.baseDelay(), retry.maxDelay(), retry.lease());
    }
}
