package dev.iptvbridge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.PoolStats;
import java.util.ArrayList;
import java.util.List;

/** The pool's figures reach a metrics tracker for the bridge's own pool only, and only once. */
class PoolMetricsIT {

    @ContractTest
    void the_bridges_own_pool_reports_to_the_tracker_it_is_given(Engine engine) {
        List<String> pools = new ArrayList<>();
        MetricsTrackerFactory tracker = (poolName, stats) -> {
            pools.add(poolName + ":" + stats.getMaxConnections());
            return new IMetricsTracker() {
            };
        };
        DatabaseSettings settings = engine.freshDatabase();
        try (Database database = Database.open(settings)) {
            database.trackPool(tracker);
            database.trackPool(tracker);
            database.migrate();

            assertThat(pools).containsExactly("iptv-bridge:" + settings.maxPoolSize());
        }
    }

    @ContractTest
    void a_hosts_own_pool_is_left_to_the_host(Engine engine) {
        DatabaseSettings settings = engine.freshDatabase();
        List<PoolStats> tracked = new ArrayList<>();
        try (HikariDataSource hostPool = new HikariDataSource()) {
            hostPool.setJdbcUrl(JdbcUrls.withAutoServer(settings.url()));
            hostPool.setUsername(settings.username());
            hostPool.setPassword(settings.password());
            try (Database database = Database.open(hostPool)) {
                database.trackPool((poolName, stats) -> {
                    tracked.add(stats);
                    return new IMetricsTracker() {
                    };
                });
            }
            assertThat(tracked).isEmpty();
            assertThat(hostPool.getMetricsTrackerFactory()).isNull();
        }
    }
}
