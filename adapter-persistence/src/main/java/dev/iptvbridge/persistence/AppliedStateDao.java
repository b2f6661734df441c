package dev.iptvbridge.persistence;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * The SQL of {@code applied_state}, on one handle. Saving is update-else-insert, which both databases run
 * alike. Fluent statements, as in {@link QueueDao}: a reconcile that changed Minerva writes here.
 */
final class AppliedStateDao {

    private final Handle handle;

    AppliedStateDao(Handle handle) {
        this.handle = handle;
    }

    int update(AppliedStateRow r) {
        return bind(handle.createUpdate("""
                UPDATE applied_state
                   SET present = :present, login = :login, customer_name = :customerName, status = :status,
                       packages = :packages, whole_home_dvr = :wholeHomeDvr, applied_at = :appliedAt
                 WHERE account_id = :accountId"""), r).execute();
    }

    void insert(AppliedStateRow r) {
        bind(handle.createUpdate("""
                INSERT INTO applied_state (account_id, present, login, customer_name, status, packages, whole_home_dvr,
                                           applied_at)
                VALUES (:accountId, :present, :login, :customerName, :status, :packages, :wholeHomeDvr, :appliedAt)"""),
                r).execute();
    }

    Optional<AppliedStateRow> find(long accountId) {
        return handle.createQuery("""
                        SELECT account_id, present, login, customer_name, status, packages, whole_home_dvr, applied_at
                          FROM applied_state
                         WHERE account_id = :accountId""")
                .bind("accountId", accountId)
                .map((rs, ctx) -> new AppliedStateRow(rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, Boolean.class), TimeMapping.instant(rs, 8)))
                .findOne();
    }

    private static Update bind(Update update, AppliedStateRow r) {
        return update.bind("accountId", r.accountId()).bind("present", r.present()).bind("login", r.login())
                .bind("customerName", r.customerName()).bind("status", r.status()).bind("packages", r.packages())
                .bind("wholeHomeDvr", r.wholeHomeDvr()).bind("appliedAt", r.appliedAt());
    }
}
