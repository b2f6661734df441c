package dev.iptvbridge.persistence;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The SQL of {@code audit_log}: insert, read and purge, never update. Newest first breaks ties by
 * insertion order.
 */
@RegisterConstructorMapper(AuditRow.class)
interface AuditDao {

    @SqlUpdate("""
            INSERT INTO audit_log (at, account_id, event_ids, category, action, outcome, detail)
            VALUES (:at, :accountId, :eventIds, :category, :action, :outcome, :detail)""")
    void insert(@Bind("at") Instant at, @Bind("accountId") long accountId, @Bind("eventIds") String eventIds,
                @Bind("category") String category, @Bind("action") String action, @Bind("outcome") String outcome,
                @Bind("detail") String detail);

    // Jdbi binds the methods of public types only, so a row is passed column by column.
    default void insert(AuditRow r) {
        insert(r.at(), r.accountId(), r.eventIds(), r.category(), r.action(), r.outcome(), r.detail());
    }

    @SqlQuery("""
            SELECT at, account_id, event_ids, category, action, outcome, detail
              FROM audit_log
             WHERE account_id = :accountId
             ORDER BY at DESC, seq DESC
             LIMIT :limit""")
    List<AuditRow> forAccount(@Bind("accountId") long accountId, @Bind("limit") int limit);

    @SqlQuery("""
            SELECT at, account_id, event_ids, category, action, outcome, detail
              FROM audit_log
             WHERE at >= :from AND at < :to
             ORDER BY at DESC, seq DESC
             LIMIT :limit""")
    List<AuditRow> between(@Bind("from") Instant from, @Bind("to") Instant to, @Bind("limit") int limit);

    // One batch of the oldest lines, found through the index on at and deleted by key: a short
    // statement on both databases, whatever the table's size. (PostgreSQL has no DELETE ... LIMIT.)
    @SqlUpdate("""
            DELETE FROM audit_log
             WHERE seq IN (SELECT seq FROM audit_log WHERE at < :cutoff ORDER BY at LIMIT :max)""")
    int deleteOldest(@Bind("cutoff") Instant cutoff, @Bind("max") int max);
}
