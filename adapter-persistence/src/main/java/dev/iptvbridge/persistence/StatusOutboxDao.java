package dev.iptvbridge.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The SQL of {@code status_outbox}, and of {@code status_accepted}, what PortaBilling accepted last, on one
 * handle. Every change after a claim names the version and the owner it was made for, so that a sender whose
 * lease ran out, or whose report was replaced, changes nothing. Fluent statements, as in {@link QueueDao}:
 * each reconcile reads and may write here.
 */
final class StatusOutboxDao {

    static final String COLUMNS = "account_id, status, message, version, attempts, queued_at, due_at, owner, lease_until";
    private static final String CLAIMABLE = "due_at <= :now AND (lease_until IS NULL OR lease_until <= :now)";

    private static final RowMapper<StatusOutboxRow> ROW = StatusOutboxDao::row;

    private final Handle handle;

    StatusOutboxDao(Handle handle) {
        this.handle = handle;
    }

    // A new outcome resets the attempts and is due at once; a sender holding the row keeps its lease.
    int replace(long accountId, String status, String message, Instant now) {
        return handle.createUpdate("""
                        UPDATE status_outbox
                           SET status = :status, message = :message, version = version + 1, attempts = 0, due_at = :now,
                               last_error = NULL
                         WHERE account_id = :accountId""")
                .bind("accountId", accountId).bind("status", status).bind("message", message).bind("now", now)
                .execute();
    }

    void insert(long accountId, String status, String message, Instant now) {
        handle.createUpdate("""
                        INSERT INTO status_outbox (account_id, status, message, version, attempts, queued_at, due_at)
                        VALUES (:accountId, :status, :message, 1, 0, :now, :now)""")
                .bind("accountId", accountId).bind("status", status).bind("message", message).bind("now", now)
                .execute();
    }

    List<Long> candidates(Instant now, int max) {
        return handle.createQuery("SELECT account_id FROM status_outbox WHERE " + CLAIMABLE + " ORDER BY due_at LIMIT :max")
                .bind("now", now).bind("max", max).map((rs, ctx) -> rs.getLong(1)).list();
    }

    // The condition is evaluated again under the row's lock: of two claimers, one wins, the other updates nothing.
    int claim(long accountId, String owner, Instant now, Instant until) {
        return handle.createUpdate("UPDATE status_outbox SET owner = :owner, lease_until = :until WHERE account_id = "
                        + ":accountId AND " + CLAIMABLE)
                .bind("accountId", accountId).bind("owner", owner).bind("now", now).bind("until", until).execute();
    }

    Optional<StatusOutboxRow> find(long accountId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM status_outbox WHERE account_id = :accountId")
                .bind("accountId", accountId).map(ROW).findOne();
    }

    int delete(long accountId, long version) {
        return handle.createUpdate("DELETE FROM status_outbox WHERE account_id = :accountId AND version = :version")
                .bind("accountId", accountId).bind("version", version).execute();
    }

    int retryLater(long accountId, long version, String owner, int attempts, Instant dueAt, String error) {
        return handle.createUpdate("""
                        UPDATE status_outbox
                           SET attempts = :attempts, due_at = :dueAt, owner = NULL, lease_until = NULL, last_error = :error
                         WHERE account_id = :accountId AND version = :version AND owner = :owner""")
                .bind("accountId", accountId).bind("version", version).bind("owner", owner).bind("attempts", attempts)
                .bind("dueAt", dueAt).bind("error", error).execute();
    }

    int release(long accountId, String owner) {
        return handle.createUpdate("UPDATE status_outbox SET owner = NULL, lease_until = NULL WHERE account_id = "
                        + ":accountId AND owner = :owner")
                .bind("accountId", accountId).bind("owner", owner).execute();
    }

    long count() {
        return handle.createQuery("SELECT COUNT(*) FROM status_outbox").mapTo(Long.class).one();
    }

    Optional<Instant> oldestQueuedAt() {
        return handle.createQuery("SELECT MIN(queued_at) FROM status_outbox").map((rs, ctx) -> TimeMapping.instant(rs, 1))
                .findOne();
    }

    Optional<AcceptedStatusRow> findAccepted(long accountId) {
        return handle.createQuery("SELECT status, message FROM status_accepted WHERE account_id = :accountId")
                .bind("accountId", accountId)
                .map((rs, ctx) -> new AcceptedStatusRow(rs.getString(1), rs.getString(2))).findOne();
    }

    int replaceAccepted(long accountId, String status, String message, Instant at) {
        return handle.createUpdate("UPDATE status_accepted SET status = :status, message = :message, accepted_at = :at "
                        + "WHERE account_id = :accountId")
                .bind("accountId", accountId).bind("status", status).bind("message", message).bind("at", at)
                .execute();
    }

    void insertAccepted(long accountId, String status, String message, Instant at) {
        handle.createUpdate("INSERT INTO status_accepted (account_id, status, message, accepted_at) "
                        + "VALUES (:accountId, :status, :message, :at)")
                .bind("accountId", accountId).bind("status", status).bind("message", message).bind("at", at)
                .execute();
    }

    // By position, in the order of COLUMNS.
    private static StatusOutboxRow row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new StatusOutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5),
                TimeMapping.instant(rs, 6), TimeMapping.instant(rs, 7), rs.getString(8), TimeMapping.instant(rs, 9));
    }
}
