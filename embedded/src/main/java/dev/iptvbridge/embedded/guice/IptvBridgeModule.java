package dev.iptvbridge.embedded.guice;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.OptionalBinder;
import dev.iptvbridge.embedded.IptvBridgeBuilder;
import dev.iptvbridge.embedded.IptvBridgeHost;
import dev.iptvbridge.embedded.config.BridgeConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * For a Guice host: install it and inject {@link IptvBridgeHost}. When the host's injector binds a
 * {@link DataSource}, a {@link Clock} or a {@link MeterRegistry} (unannotated), the bridge uses them;
 * otherwise its own pool on {@code database.url}, the UTC clock and a private registry.
 *
 * <p>It binds nothing else: the bridge's parts live in an injector of their own, so that its
 * bindings never collide with the host's. The host closes the {@link IptvBridgeHost} when it stops.
 */
public final class IptvBridgeModule extends AbstractModule {

    private final Consumer<IptvBridgeBuilder> configuration;

    /** With a configuration the host built or loaded ({@code ConfigLoader.load}). */
    public IptvBridgeModule(BridgeConfig config) {
        requireNonNull(config, "config is null");
        this.configuration = builder -> builder.config(config);
    }

    private IptvBridgeModule(Consumer<IptvBridgeBuilder> configuration) {
        this.configuration = configuration;
    }

    /** With the YAML file, read and checked when the host's injector first asks for the bridge. */
    public static IptvBridgeModule fromConfigFile(Path yaml, Map<String, String> environment) {
        requireNonNull(yaml, "yaml is null");
        requireNonNull(environment, "environment is null");
        return new IptvBridgeModule(builder -> builder.configFile(yaml, environment));
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), DataSource.class);
        OptionalBinder.newOptionalBinder(binder(), Clock.class);
        OptionalBinder.newOptionalBinder(binder(), MeterRegistry.class);
    }

    @Provides
    @Singleton
    IptvBridgeHost bridge(Optional<DataSource> dataSource, Optional<Clock> clock, Optional<MeterRegistry> registry) {
        IptvBridgeBuilder builder = IptvBridgeHost.builder();
        configuration.accept(builder);
        dataSource.ifPresent(builder::dataSource);
        clock.ifPresent(builder::clock);
        registry.ifPresent(builder::meterRegistry);
        return builder.build();
    }
}
