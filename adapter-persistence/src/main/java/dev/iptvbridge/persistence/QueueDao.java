package dev.iptvbridge.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * The SQL of {@code work_queue}, on one handle. Writers pass the version they read; 0 rows changed means
 * someone was faster. Jdbi's fluent statements with a row mapper of our own, not a SqlObject: every claim
 * and complete runs through here, and attaching a SqlObject, binding its parameters by reflection and
 * building a constructor mapper cost more CPU than the statements themselves (docs/performance.md).
 */
final class QueueDao {

    static final String COLUMNS = "work_kind, work_id, state, version, attempts, queued_at, due_at, owner, lease_until, "
            + "last_error, event_ids, asked_again, lane, sweep_run, wake_at";

    // Due: waiting and due, or claimed by a worker whose lease ran out (it crashed or hung).
    // Narrow queries, each an index range scan in due order: one OR over both states made the
    // database sort every due row for each claim, which under a burst of 20,000 entries dominated.
    // Likewise one query per lane, on (state, lane, due_at): ordering by lane, then due, would sort.
    static final String QUEUED_DUE = "SELECT " + COLUMNS + " FROM work_queue"
            + " WHERE state = 'QUEUED' AND lane = :lane AND due_at <= :now ORDER BY due_at LIMIT :limit";

    static final String LEASE_EXPIRED = "SELECT " + COLUMNS + " FROM work_queue"
            + " WHERE state = 'CLAIMED' AND lease_until < :now ORDER BY lease_until LIMIT :limit";

    private static final String FIND = "SELECT " + COLUMNS + " FROM work_queue WHERE work_kind = :kind AND work_id = :id";
    private static final String INSERT = "INSERT INTO work_queue (" + COLUMNS + ") VALUES (:kind, :id, :state, :version, "
            + ":attempts, :queuedAt, :dueAt, :owner, :leaseUntil, :lastError, :eventIds, :askedAgain, :lane, :sweepRun, "
            + ":wakeAt)";
    private static final String REPLACE = """
            UPDATE work_queue
               SET state = :state, version = :version, attempts = :attempts, queued_at = :queuedAt, due_at = :dueAt,
                   owner = :owner, lease_until = :leaseUntil, last_error = :lastError, event_ids = :eventIds,
                   asked_again = :askedAgain, lane = :lane, sweep_run = :sweepRun, wake_at = :wakeAt
             WHERE work_kind = :kind AND work_id = :id AND version = :expected""";
    // The bulk form of QueueEntryState.retryParked: it must stay the same rule (an operator's retry is live).
    private static final String RETRY_PARKED = "UPDATE work_queue SET state = 'QUEUED', version = version + 1, "
            + "attempts = 0, due_at = :now, queued_at = :now, lane = 'LIVE', sweep_run = NULL WHERE state = 'PARKED'";

    static final RowMapper<QueueRow> ROW = QueueDao::row;

    private final Handle handle;

    QueueDao(Handle handle) {
        this.handle = handle;
    }

    Optional<QueueRow> find(String kind, long id) {
        return handle.createQuery(FIND).bind("kind", kind).bind("id", id).map(ROW).findOne();
    }

    void insert(QueueRow r) {
        bindRow(handle.createUpdate(INSERT), r).execute();
    }

    /** Writes {@code r} over the row if the row still has version {@code expected}; returns the rows changed. */
    int replace(QueueRow r, long expected) {
        return bindRow(handle.createUpdate(REPLACE), r).bind("expected", expected).execute();
    }

    int delete(String kind, long id, long expectedVersion) {
        return handle.createUpdate("DELETE FROM work_queue WHERE work_kind = :kind AND work_id = :id AND version = :expected")
                .bind("kind", kind).bind("id", id).bind("expected", expectedVersion).execute();
    }

    List<QueueRow> queuedDue(String lane, Instant now, int limit) {
        return due(QUEUED_DUE, now, limit).bind("lane", lane).map(ROW).list();
    }

    List<QueueRow> leaseExpired(Instant now, int limit) {
        return due(LEASE_EXPIRED, now, limit).map(ROW).list();
    }

    // PostgreSQL: rows another claimer holds are skipped, not waited for.
    List<QueueRow> queuedDueLocked(String lane, Instant now, int limit) {
        return due(QUEUED_DUE + " FOR UPDATE SKIP LOCKED", now, limit).bind("lane", lane).map(ROW).list();
    }

    List<QueueRow> leaseExpiredLocked(Instant now, int limit) {
        return due(LEASE_EXPIRED + " FOR UPDATE SKIP LOCKED", now, limit).map(ROW).list();
    }

    List<QueueRow> parked(int limit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM work_queue WHERE state = 'PARKED' "
                + "ORDER BY queued_at, work_kind, work_id LIMIT :limit").bind("limit", limit).map(ROW).list();
    }

    int retryParked(String kind, long id, Instant now) {
        return handle.createUpdate(RETRY_PARKED + " AND work_kind = :kind AND work_id = :id").bind("kind", kind)
                .bind("id", id).bind("now", now).execute();
    }

    int retryAllParked(Instant now) {
        return handle.createUpdate(RETRY_PARKED).bind("now", now).execute();
    }

    long count(String state) {
        return handle.createQuery("SELECT COUNT(*) FROM work_queue WHERE state = :state").bind("state", state)
                .mapTo(Long.class).one();
    }

    long count(String state, String lane) {
        return handle.createQuery("SELECT COUNT(*) FROM work_queue WHERE state = :state AND lane = :lane")
                .bind("state", state).bind("lane", lane).mapTo(Long.class).one();
    }

    Optional<Instant> oldestQueuedAt() {
        return handle.createQuery("SELECT MIN(queued_at) FROM work_queue WHERE state = 'QUEUED'")
                .map((rs, ctx) -> TimeMapping.instant(rs, 1)).findOne();
    }

    private Query due(String sql, Instant now, int limit) {
        return handle.createQuery(sql).bind("now", now).bind("limit", limit);
    }

    private static Update bindRow(Update update, QueueRow r) {
        return update.bind("kind", r.workKind()).bind("id", r.workId()).bind("state", r.state())
                .bind("version", r.version()).bind("attempts", r.attempts()).bind("queuedAt", r.queuedAt())
                .bind("dueAt", r.dueAt()).bind("owner", r.owner()).bind("leaseUntil", r.leaseUntil())
                .bind("lastError", r.lastError()).bind("eventIds", r.eventIds()).bind("askedAgain", r.askedAgain())
                .bind("lane", r.lane()).bind("sweepRun", r.sweepRun()).bind("wakeAt", r.wakeAt());
    }

    // By position, in the order of COLUMNS.
    private static QueueRow row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new QueueRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getInt(5),
                TimeMapping.instant(rs, 6), TimeMapping.instant(rs, 7), rs.getString(8), TimeMapping.instant(rs, 9), rs.getString(10), rs.getString(11),
                rs.getBoolean(12), rs.getString(13), rs.getString(14), TimeMapping.instant(rs, 15));
    }
}
