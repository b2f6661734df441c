package dev.iptvbridge.bootstrap.soak;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Reads the bridge's tables from the outside, the way an operator's SQL would: the inbox and the work queue. */
final class SoakProbe {

    /** The work queue by state, and the inbox's size. */
    record Counts(long accepted, long queued, long claimed, long parked) {
        long depth() {
            return queued + claimed;
        }
    }

    private final String url;

    SoakProbe(String url) {
        this.url = url;
    }

    /** Empty while the database is down (the soak restarts it once). */
    Optional<Counts> counts() {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(10);
            long accepted = single(statement, "SELECT COUNT(*) FROM inbox_event");
            long queued = single(statement, "SELECT COUNT(*) FROM work_queue WHERE state = 'QUEUED'");
            long claimed = single(statement, "SELECT COUNT(*) FROM work_queue WHERE state = 'CLAIMED'");
            long parked = single(statement, "SELECT COUNT(*) FROM work_queue WHERE state = 'PARKED'");
            return Optional.of(new Counts(accepted, queued, claimed, parked));
        } catch (SQLException down) {
            return Optional.empty();
        }
    }

    Set<Long> inboxEventIds() throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event_id FROM inbox_event")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
