package dev.iptvbridge.persistence;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The SQL of {@code audit_log}, on one handle: insert, read and purge, never update. Newest first breaks ties
 * by insertion order. Fluent statements, as in {@link QueueDao}: every reconcile that did something appends.
 */
final class AuditDao {

    private static final String COLUMNS = "at, account_id, event_ids, category, action, outcome, detail";
    private static final RowMapper<AuditRow> ROW = (rs, ctx) -> new AuditRow(TimeMapping.instant(rs, 1), rs.getLong(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));

    private final Handle handle;

    AuditDao(Handle handle) {
        this.handle = handle;
    }

    void insert(AuditRow r) {
        handle.createUpdate("INSERT INTO audit_log (" + COLUMNS + ") VALUES (:at, :accountId, :eventIds, :category, "
                        + ":action, :outcome, :detail)")
                .bind("at", r.at()).bind("accountId", r.accountId()).bind("eventIds", r.eventIds())
                .bind("category", r.category()).bind("action", r.action()).bind("outcome", r.outcome())
                .bind("detail", r.detail()).execute();
    }

    List<AuditRow> forAccount(long accountId, int limit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM audit_log WHERE account_id = :accountId "
                        + "ORDER BY at DESC, seq DESC LIMIT :limit")
                .bind("accountId", accountId).bind("limit", limit).map(ROW).list();
    }

    List<AuditRow> between(Instant from, Instant to, int limit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM audit_log WHERE at >= :from AND at < :to "
                        + "ORDER BY at DESC, seq DESC LIMIT :limit")
                .bind("from", from).bind("to", to).bind("limit", limit).map(ROW).list();
    }

    // One batch of the oldest lines, found through the index on at and deleted by key: a short
    // statement on both databases, whatever the table's size. (PostgreSQL has no DELETE ... LIMIT.)
    int deleteOldest(Instant cutoff, int max) {
        return handle.createUpdate("DELETE FROM audit_log WHERE seq IN (SELECT seq FROM audit_log WHERE at < :cutoff "
                        + "ORDER BY at LIMIT :max)")
                .bind("cutoff", cutoff).bind("max", max).execute();
    }
}
