package dev.iptvbridge.embedded;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.config.CatalogLoader;
import dev.iptvbridge.embedded.config.ConfigLoader;
import dev.iptvbridge.embedded.internal.wiring.EmbeddedInjector;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Wires an {@link IptvBridgeHost} in plain Java. The configuration is required; the rest is
 * optional: without a {@link DataSource} the bridge opens its own pool on {@code database.url},
 * without a clock it uses the UTC system clock, without a registry its meters go to a private one.
 * The {@code http.*} and {@code admin.*} keys are not used: the host serves HTTP itself.
 */
public final class IptvBridgeBuilder {

    private BridgeConfig config;
    private Path catalog;
    private DataSource dataSource;
    private Clock clock = Clock.systemUTC();
    private MeterRegistry registry;

    IptvBridgeBuilder() {
    }

    /** A configuration the host built or loaded itself. */
    public IptvBridgeBuilder config(BridgeConfig config) {
        this.config = requireNonNull(config, "config is null");
        return this;
    }

    /** The YAML file, checked as the daemon checks it, with {@code IPTV_BRIDGE_*} overrides from {@code environment}. */
    public IptvBridgeBuilder configFile(Path yaml, Map<String, String> environment) {
        return config(ConfigLoader.load(requireNonNull(yaml, "yaml is null"), environment));
    }

    /** The catalog file, instead of the configuration's {@code catalog} key. */
    public IptvBridgeBuilder catalog(Path catalogFile) {
        this.catalog = requireNonNull(catalogFile, "catalogFile is null");
        return this;
    }

    /** The host's connection pool (H2 or PostgreSQL), used instead of {@code database.*}; the bridge never closes it. */
    public IptvBridgeBuilder dataSource(DataSource dataSource) {
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
        return this;
    }

    public IptvBridgeBuilder clock(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
        return this;
    }

    /** Where the bridge's meters go (names in docs/operations.md), such as the host's Prometheus registry. */
    public IptvBridgeBuilder meterRegistry(MeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry is null");
        return this;
    }

    /** Reads the catalog and wires the bridge; touches neither the database nor the remote systems. */
    public IptvBridgeHost build() {
        if (config == null) {
            throw new IllegalStateException("no configuration: call config(BridgeConfig) or configFile(Path, Map) "
                    + "before build()");
        }
        BridgeConfig chosen = catalog == null ? config : config.withCatalog(catalog);
        return new IptvBridgeHost(EmbeddedInjector.open(chosen, CatalogLoader.load(chosen.catalog()), clock,
                registry == null ? new SimpleMeterRegistry() : registry, Optional.ofNullable(dataSource)));
    }
}
