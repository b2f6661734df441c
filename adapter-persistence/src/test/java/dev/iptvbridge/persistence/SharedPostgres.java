package dev.iptvbridge.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One PostgreSQL per JVM, each test in a fresh schema: the server at
 * {@code IPTV_BRIDGE_TEST_POSTGRES_URL} when set (user and password in the URL or in
 * {@code IPTV_BRIDGE_TEST_POSTGRES_USER} / {@code _PASSWORD}), else an embedded one on 127.0.0.1.
 */
final class SharedPostgres {

    private static SharedPostgres instance;

    private final String url;
    private final String user;
    private final String password;
    private final Path dataDirectory;
    private final int port;
    private final AtomicInteger schemas = new AtomicInteger();
    private EmbeddedPostgres server;

    private SharedPostgres(String url, String user, String password, Path dataDirectory, int port) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    static synchronized SharedPostgres instance() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    private static SharedPostgres create() {
        String external = System.getenv("IPTV_BRIDGE_TEST_POSTGRES_URL");
        if (external != null && !external.isBlank()) {
            return new SharedPostgres(external, env("IPTV_BRIDGE_TEST_POSTGRES_USER"),
                    env("IPTV_BRIDGE_TEST_POSTGRES_PASSWORD"), null, -1);
        }
        try {
            Path data = Files.createTempDirectory("iptv-bridge-pg-");
            int port = freePort();
            SharedPostgres embedded = new SharedPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "postgres", "", data, port);
            embedded.start();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::shutdown, "embedded-postgres-stop"));
            return embedded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isEmbedded() {
        return dataDirectory != null;
    }

    /** Settings of a schema nobody used before; the connection's search path points at it. */
    DatabaseSettings freshSchema() {
        String schema = "t" + ProcessHandle.current().pid() + "_" + schemas.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test schema " + schema + " in " + JdbcUrls.masked(url), e);
        }
        String separator = url.contains("?") ? "&" : "?";
        return new DatabaseSettings(url + separator + "currentSchema=" + schema, user, password, 10);
    }

    /** Stops the embedded server, keeping its data. */
    synchronized void stop() throws IOException {
        server.close();
        server = null;
    }

    /** Starts the embedded server on its data directory and port. */
    synchronized void start() throws IOException {
        server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(port).setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .start();
    }

    private synchronized void shutdown() {
        try {
            if (server != null) {
                server.close();
            }
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException e) {
            // The JVM is exiting; a leftover temporary directory is all that can go wrong.
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
