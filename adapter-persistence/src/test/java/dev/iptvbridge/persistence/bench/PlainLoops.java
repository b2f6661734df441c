package dev.iptvbridge.persistence.bench;

import dev.iptvbridge.persistence.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The plain JDBC loops that {@link PersistenceBenchmark} measures {@code store()} against, each on a
 * connection of its own with one prepared statement reused, one row and one commit per iteration;
 * each returns its rate.
 */
final class PlainLoops {

    /** Called by a loop once set up, before its clock starts. */
    @FunctionalInterface
    interface Ready {
        void await() throws Exception;
    }

    // The inbox's shape (V20261201180000): what a store inserts, without the queue entry it also upserts.
    private static final String EVENT_TABLE = """
            CREATE TABLE IF NOT EXISTS bench_plain_event (environment INTEGER NOT NULL, event_id BIGINT NOT NULL,
                event_type VARCHAR(200) NOT NULL, subject_kind VARCHAR(16) NOT NULL, subject_id BIGINT NOT NULL,
                event_time TIMESTAMP WITH TIME ZONE, received_at TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT bench_plain_event_key PRIMARY KEY (environment, event_id))""";
    private static final String EVENT_INDEX =
            "CREATE INDEX IF NOT EXISTS bench_plain_event_received_at ON bench_plain_event (received_at)";
    private static final String EVENT_INSERT = "INSERT INTO bench_plain_event (environment, event_id, event_type, "
            + "subject_kind, subject_id, event_time, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final DatabaseSettings settings;
    private final int accounts;

    PlainLoops(DatabaseSettings settings, int accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    double thin(int offset, int count, Ready ready) throws Exception {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.username(), settings.password())) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS bench_plain (id BIGINT PRIMARY KEY, payload VARCHAR(200))");
            }
            connection.setAutoCommit(false);
            ready.await();
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_plain (id, payload) VALUES (?, ?)")) {
                for (int i = 0; i < count; i++) {
                    insert.setLong(1, offset + i);
                    insert.setString(2, "Subscriber/Updated");
                    insert.executeUpdate();
                    connection.commit();
                }
            }
            return PersistenceBenchmark.perSecond(count, start);
        }
    }

    // The insert half of a store, on the inbox's shape: the same columns and values, one row and one commit each.
    double events(int offset, int count, Ready ready) throws Exception {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.username(), settings.password())) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute(EVENT_TABLE);
                ddl.execute(EVENT_INDEX);
            }
            connection.setAutoCommit(false);
            OffsetDateTime now = PersistenceBenchmark.NOW.atOffset(ZoneOffset.UTC);
            ready.await();
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(EVENT_INSERT)) {
                for (int i = 0; i < count; i++) {
                    insert.setInt(1, 1);
                    insert.setLong(2, offset + i);
                    insert.setString(3, "Subscriber/Updated");
                    insert.setString(4, "ACCOUNT");
                    insert.setLong(5, offset + i % accounts);
                    insert.setObject(6, now);
                    insert.setObject(7, now);
                    insert.executeUpdate();
                    connection.commit();
                }
            }
            return PersistenceBenchmark.perSecond(count, start);
        }
    }

    // What store() sends, hand-written: check, insert the event, read the entry, insert or update it.
    double storeStatements(int offset, int count) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.username(), settings.password())) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS bench_event (id BIGINT PRIMARY KEY, account BIGINT)");
                ddl.execute("CREATE TABLE IF NOT EXISTS bench_queue (account BIGINT PRIMARY KEY, version BIGINT)");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement check = connection.prepareStatement("SELECT COUNT(*) FROM bench_event WHERE id = ?");
                 PreparedStatement event = connection.prepareStatement("INSERT INTO bench_event (id, account) VALUES (?, ?)");
                 PreparedStatement find = connection.prepareStatement("SELECT version FROM bench_queue WHERE account = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_queue (account, version) VALUES (?, 1)");
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE bench_queue SET version = version + 1 WHERE account = ? AND version = ?")) {
                for (int i = 0; i < count; i++) {
                    long account = offset + i % accounts;
                    check.setLong(1, offset + i);
                    check.executeQuery().close();
                    event.setLong(1, offset + i);
                    event.setLong(2, account);
                    event.executeUpdate();
                    find.setLong(1, account);
                    try (var found = find.executeQuery()) {
                        if (found.next()) {
                            update.setLong(1, account);
                            update.setLong(2, found.getLong(1));
                            update.executeUpdate();
                        } else {
                            insert.setLong(1, account);
                            insert.executeUpdate();
                        }
                    }
                    connection.commit();
                }
            }
            return PersistenceBenchmark.perSecond(count, start);
        }
    }
}
