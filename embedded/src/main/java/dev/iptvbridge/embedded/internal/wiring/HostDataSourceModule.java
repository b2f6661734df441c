package dev.iptvbridge.embedded.internal.wiring;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.persistence.Database;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** Replaces the bridge's own pool with the host's {@link DataSource}, which the bridge never closes. */
final class HostDataSourceModule extends AbstractModule {

    private final DataSource hostPool;

    HostDataSourceModule(DataSource hostPool) {
        this.hostPool = requireNonNull(hostPool, "hostPool is null");
    }

    @Provides
    @Singleton
    Database database() {
        return Database.open(hostPool);
    }
}
