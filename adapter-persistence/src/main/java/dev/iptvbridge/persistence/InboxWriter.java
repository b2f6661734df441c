package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.StoreOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Writes a batch of stores in one transaction on plain JDBC ({@link StoreSql}): on PostgreSQL one
 * pipelined batch of one statement per event, on H2 two statements per event; then one commit. A lone
 * store on PostgreSQL is its one statement in autocommit, durable when it returns, like any commit.
 * Any failure rolls the whole batch back. Errors leave as Jdbi exceptions, as elsewhere in the adapter.
 */
final class InboxWriter {

    /** One store: the row to insert and when its subject's entry becomes due. */
    record Request(InboxRow row, Instant dueAt) {
    }

    private final DataSource pool;
    private final BooleanSupplier postgres;

    InboxWriter(DataSource pool, BooleanSupplier postgres) {
        this.pool = pool;
        this.postgres = postgres;
    }

    List<StoreOutcome> write(List<Request> batch) {
        boolean pg = postgres.getAsBoolean();
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLException e) {
            throw new ConnectionException(e);
        }
        try (connection) {
            if (pg && batch.size() == 1) {
                // Alone on PostgreSQL: one statement in autocommit is its own transaction, committed before the
                // answer comes back, in one round trip instead of two (statement, then commit).
                return writePostgres(connection, batch);
            }
            connection.setAutoCommit(false);
            try {
                List<StoreOutcome> outcomes = pg ? writePostgres(connection, batch) : writeH2(connection, batch);
                connection.commit();
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private static List<StoreOutcome> writePostgres(Connection connection, List<Request> batch) throws SQLException {
        try (PreparedStatement store = connection.prepareStatement(StoreSql.POSTGRES_STORE)) {
            if (batch.size() == 1) {
                // Alone, a plain update on the connection's server-prepared statement: a batch of one costs the
                // driver its batch bookkeeping and buys nothing.
                bind(store, batch.get(0));
                return List.of(outcome(store.executeUpdate()));
            }
            for (Request request : batch) {
                bind(store, request);
                store.addBatch();
            }
            int[] changed = store.executeBatch();
            List<StoreOutcome> outcomes = new ArrayList<>(changed.length);
            for (int rows : changed) {
                outcomes.add(outcome(rows));
            }
            return outcomes;
        }
    }

    private static void bind(PreparedStatement store, Request request) throws SQLException {
        bindEvent(store, request.row());
        store.setObject(8, utc(request.dueAt()));
    }

    // No row changed: the event was there, and nothing changed.
    private static StoreOutcome outcome(int changedRows) {
        return changedRows == 0 ? StoreOutcome.DUPLICATE : StoreOutcome.STORED;
    }

    private static List<StoreOutcome> writeH2(Connection connection, List<Request> batch) throws SQLException {
        List<StoreOutcome> outcomes = new ArrayList<>(batch.size());
        try (PreparedStatement event = connection.prepareStatement(StoreSql.H2_EVENT);
             PreparedStatement entry = connection.prepareStatement(StoreSql.H2_ENTRY)) {
            for (Request request : batch) {
                bindEvent(event, request.row());
                try {
                    event.executeUpdate();
                } catch (SQLException e) {
                    // H2 undoes only the failed statement: the rest of the batch stands.
                    if ("23505".equals(e.getSQLState())) {
                        outcomes.add(StoreOutcome.DUPLICATE);
                        continue;
                    }
                    throw e;
                }
                entry.setString(1, request.row().subjectKind());
                entry.setLong(2, request.row().subjectId());
                entry.setObject(3, utc(request.dueAt()));
                entry.setString(4, Long.toString(request.row().eventId()));
                entry.executeUpdate();
                outcomes.add(StoreOutcome.STORED);
            }
        }
        return outcomes;
    }

    private static void bindEvent(PreparedStatement statement, InboxRow row) throws SQLException {
        statement.setInt(1, row.environment());
        statement.setLong(2, row.eventId());
        statement.setString(3, row.eventType());
        statement.setString(4, row.subjectKind());
        statement.setLong(5, row.subjectId());
        if (row.eventTime() == null) {
            statement.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(6, utc(row.eventTime()));
        }
        statement.setObject(7, utc(row.receivedAt()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return TimeMapping.toMicros(instant).atOffset(ZoneOffset.UTC);
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
