package dev.iptvbridge.embedded.internal.wiring;

import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.util.Modules;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.internal.runtime.HostRuntime;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Builds an embedded bridge in an injector of its own, so that its bindings (a {@link Clock}, the
 * configuration, the ports) never meet the host's. No I/O: the database is first touched by migrate.
 */
public final class EmbeddedInjector {

    private EmbeddedInjector() {
    }

    public static HostRuntime open(BridgeConfig config, Catalog catalog, Clock clock, MeterRegistry registry,
                                   Optional<DataSource> hostPool) {
        Module persistence = hostPool.<Module>map(pool -> Modules.override(new PersistenceModule())
                .with(new HostDataSourceModule(pool))).orElseGet(PersistenceModule::new);
        return Guice.createInjector(Stage.PRODUCTION, new EmbeddedModule(config, catalog, clock, registry, persistence))
                .getInstance(HostRuntime.class);
    }
}
