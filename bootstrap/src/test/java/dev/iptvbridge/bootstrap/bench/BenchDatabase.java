package dev.iptvbridge.bootstrap.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;

/** The benchmark's database: an embedded PostgreSQL (or the one named in the environment), or H2. */
final class BenchDatabase {

    private static EmbeddedPostgres embedded;

    private BenchDatabase() {
    }

    /** Configuration keys for {@code database}: {@code postgres} or {@code h2}. */
    static Map<String, String> settings(String database) throws IOException {
        if (database.equals("h2")) {
            return Map.of();
        }
        if (!database.equals("postgres")) {
            throw new IllegalArgumentException("database '" + database + "': use postgres or h2");
        }
        String external = System.getenv("IPTV_BRIDGE_TEST_POSTGRES_URL");
        if (external != null && !external.isBlank()) {
            return Map.of("database.url", external,
                    "database.username", System.getenv().getOrDefault("IPTV_BRIDGE_TEST_POSTGRES_USER", "postgres"),
                    "database.password", System.getenv().getOrDefault("IPTV_BRIDGE_TEST_POSTGRES_PASSWORD", ""));
        }
        embedded = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
        return Map.of("database.url", embedded.getJdbcUrl("postgres", "postgres"), "database.username", "postgres",
                "database.password", "");
    }

    static void stop() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
