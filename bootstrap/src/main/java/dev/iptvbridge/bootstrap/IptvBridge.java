package dev.iptvbridge.bootstrap;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import com.google.inject.util.Modules;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.config.CatalogLoader;
import dev.iptvbridge.embedded.config.ConfigLoader;
import dev.iptvbridge.bootstrap.daemon.Daemon;
import dev.iptvbridge.bootstrap.wiring.DaemonModule;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.persistence.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The daemon's handle, for the command line, the sandbox and the daemon's tests: build it from a
 * configuration, then start the daemon or use any use case or port ({@link #use}). {@link #close}
 * releases everything it opened. A host service embeds the bridge through
 * {@code dev.iptvbridge.embedded.IptvBridgeHost} instead (docs/embedding.md).
 */
public final class IptvBridge implements AutoCloseable {

    private final Injector injector;
    private final BridgeConfig config;

    private IptvBridge(Injector injector, BridgeConfig config) {
        this.injector = injector;
        this.config = config;
    }

    /** Loads and checks the configuration file (with environment overrides) and its catalog. */
    public static IptvBridge fromConfigFile(Path file, Map<String, String> environment) {
        BridgeConfig config = ConfigLoader.load(file, environment);
        return create(config, CatalogLoader.load(config.catalog()), Clock.systemUTC());
    }

    public static IptvBridge create(BridgeConfig config, Catalog catalog, Clock clock) {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new DaemonModule(config, catalog, clock));
        return new IptvBridge(injector, config);
    }

    /** As {@link #create}, with bindings replaced by {@code overrides}: for tests that replace a part. */
    public static IptvBridge create(BridgeConfig config, Catalog catalog, Clock clock, Module overrides) {
        Injector injector = Guice.createInjector(Stage.PRODUCTION,
                Modules.override(new DaemonModule(config, catalog, clock)).with(overrides));
        return new IptvBridge(injector, config);
    }

    /** A use case or port by its type, such as {@code ReconcileAccountUseCase.class}. */
    public <T> T use(Class<T> type) {
        return injector.getInstance(type);
    }

    public BridgeConfig config() {
        return config;
    }

    public Daemon daemon() {
        return injector.getInstance(Daemon.class);
    }

    /** Guice wraps what a provider threw; the operator needs the cause. */
    public static Throwable causeOf(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ProvisionException || cause instanceof CreationException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ProvisionException provision && !provision.getErrorMessages().isEmpty()
                && provision.getErrorMessages().iterator().next().getCause() != null) {
            return provision.getErrorMessages().iterator().next().getCause();
        }
        return cause;
    }

    @Override
    public void close() {
        daemon().stop();
        injector.getInstance(Database.class).close();
    }
}
