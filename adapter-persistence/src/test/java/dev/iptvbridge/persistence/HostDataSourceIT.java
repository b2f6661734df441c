package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static dev.iptvbridge.persistence.Fixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Duration;

/** Over a host's own pool: the schema, the inbox and the claims work, and closing leaves the pool to the host. */
class HostDataSourceIT {

    @ContractTest
    void the_bridge_migrates_stores_and_claims_over_the_hosts_pool_and_leaves_it_open(Engine engine) {
        DatabaseSettings settings = engine.freshDatabase();
        try (HikariDataSource hostPool = new HikariDataSource()) {
            hostPool.setJdbcUrl(JdbcUrls.withAutoServer(settings.url()));
            hostPool.setUsername(settings.username());
            hostPool.setPassword(settings.password());

            try (Database database = Database.open(hostPool)) {
                assertThat(database.isReady()).as("opening touches no schema").isFalse();
                database.migrate();
                PersistenceAdapter adapter = new PersistenceAdapter(database);
                adapter.store(event(1, 7, T0));

                assertThat(adapter.claim("w1", 5, T0.plusSeconds(1), Duration.ofMinutes(1)))
                        .extracting(ClaimedWork::key).containsExactly(WorkKey.account(7));
                assertThat(database.isPostgres()).isEqualTo(engine == Engine.POSTGRES);
                assertThat(database.toString()).contains("host's DataSource");
            }

            assertThat(hostPool.isClosed()).isFalse();
            try (Database again = Database.open(hostPool)) {
                assertThat(again.isReady()).as("the host's pool still serves, migrated").isTrue();
            }
        }
    }
}
