package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static dev.iptvbridge.persistence.Fixture.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iptvbridge.application.port.out.StoreOutcome;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.application.port.out.WorkKey;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The database goes away and comes back: the adapter says so clearly, then works again with its data intact. */
class OutageIT {

    private static final Duration POOL_TIMEOUT = Duration.ofSeconds(2);

    @Test
    void survivesPostgresRestarting() throws Exception {
        SharedPostgres postgres = SharedPostgres.instance();
        assumeTrue(postgres.isEmbedded(), "needs the embedded PostgreSQL: an external server is not ours to stop");
        try (Database database = Database.open(postgres.freshSchema(), POOL_TIMEOUT)) {
            database.migrate();
            PersistenceAdapter adapter = new PersistenceAdapter(database);
            adapter.store(event(1, 7, T0));

            postgres.stop();
            try {
                assertUnavailable(database, adapter);
            } finally {
                postgres.start();
            }

            assertRecovers(database, adapter);
        }
    }

    @Test
    void survivesTheH2ServerRestarting() throws Exception {
        Path directory = TestH2.freshDirectory();
        int port = SharedPostgres.freePort();
        H2ServerProcess server = H2ServerProcess.start(directory, port);
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:tcp://127.0.0.1:" + port + "/bridge", "sa", "", 4);
        // The first connection creates the database, which a freshly started server JVM may take a while for.
        DriverManager.getConnection(settings.url(), "sa", "").close();
        try (Database database = Database.open(settings, POOL_TIMEOUT)) {
            database.migrate();
            PersistenceAdapter adapter = new PersistenceAdapter(database);
            adapter.store(event(1, 7, T0));

            server.close();
            try {
                assertUnavailable(database, adapter);
            } finally {
                server = H2ServerProcess.start(directory, port);
            }

            assertRecovers(database, adapter);
        } finally {
            server.close();
        }
    }

    private static void assertUnavailable(Database database, PersistenceAdapter adapter) {
        TransientFailure failure = catchThrowableOfType(TransientFailure.class, () -> adapter.store(event(2, 7, T0)));
        assertThat(failure).as("storing while the database is down").isNotNull();
        assertThat(failure.getMessage()).startsWith("Could not store event 2 in jdbc:")
                .contains("the database is unreachable or busy")
                .contains("Check that the database is running and reachable");
        assertThat(catchThrowableOfType(TransientFailure.class, adapter::stats)).isNotNull();
        assertThat(database.isReady()).isFalse();
    }

    private static void assertRecovers(Database database, PersistenceAdapter adapter) throws InterruptedException {
        // Connections that died with the server are found and replaced by the pool within a few tries.
        assertThat(eventually(() -> adapter.store(event(2, 7, T0.plusSeconds(1))))).isEqualTo(StoreOutcome.STORED);
        assertThat(database.isReady()).isTrue();
        assertThat(adapter.store(event(1, 7, T0))).isEqualTo(StoreOutcome.DUPLICATE);
        assertThat(adapter.find(WorkKey.account(7)).orElseThrow().eventIds()).containsExactly(1L, 2L);
        assertThat(adapter.claim("w1", 5, T0.plusSeconds(5), Duration.ofMinutes(1))).hasSize(1);
    }

    private static <T> T eventually(Supplier<T> action) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (TransientFailure failure) {
                if (attempt == 20) {
                    throw failure;
                }
                Thread.sleep(250);
            }
        }
    }
}
