package dev.iptvbridge.bootstrap.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test: on the server at {@code IPTV_BRIDGE_TEST_POSTGRES_URL}
 * when that is set, else on an embedded PostgreSQL started once per JVM.
 */
final class TestPostgres {

    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    record Connection3(String url, String user, String password) {
    }

    static synchronized Connection3 freshDatabase() {
        String external = System.getenv("IPTV_BRIDGE_TEST_POSTGRES_URL");
        String adminUrl;
        String user;
        String password;
        if (external != null && !external.isBlank()) {
            adminUrl = external;
            user = System.getenv().getOrDefault("IPTV_BRIDGE_TEST_POSTGRES_USER", "postgres");
            password = System.getenv().getOrDefault("IPTV_BRIDGE_TEST_POSTGRES_PASSWORD", "");
        } else {
            adminUrl = embedded().getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "";
        }
        String name = "iptv_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot create a test database at " + adminUrl + ": " + failure.getMessage(),
                    failure);
        }
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        String url = adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
        return new Connection3(url, user, password);
    }

    private static EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL (as root it cannot run: "
                        + "set IPTV_BRIDGE_TEST_POSTGRES_URL or run bash .ci/run)", failure);
            }
        }
        return embedded;
    }
}
