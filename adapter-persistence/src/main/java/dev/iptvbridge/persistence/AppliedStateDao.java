package dev.iptvbridge.persistence;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of {@code applied_state}. Saving is update-else-insert, which both databases run alike. */
@RegisterConstructorMapper(AppliedStateRow.class)
interface AppliedStateDao {

    @SqlUpdate("""
            UPDATE applied_state
               SET present = :present, login = :login, customer_name = :customerName, status = :status,
                   packages = :packages, whole_home_dvr = :wholeHomeDvr, applied_at = :appliedAt
             WHERE account_id = :accountId""")
    int update(@Bind("accountId") long accountId, @Bind("present") boolean present, @Bind("login") String login,
               @Bind("customerName") String customerName, @Bind("status") String status,
               @Bind("packages") String packages, @Bind("wholeHomeDvr") Boolean wholeHomeDvr,
               @Bind("appliedAt") Instant appliedAt);

    // Jdbi binds the methods of public types only, so a row is passed column by column.
    default int update(AppliedStateRow r) {
        return update(r.accountId(), r.present(), r.login(), r.customerName(), r.status(), r.packages(),
                r.wholeHomeDvr(), r.appliedAt());
    }

    @SqlUpdate("""
            INSERT INTO applied_state (account_id, present, login, customer_name, status, packages, whole_home_dvr,
                                       applied_at)
            VALUES (:accountId, :present, :login, :customerName, :status, :packages, :wholeHomeDvr, :appliedAt)""")
    void insert(@Bind("accountId") long accountId, @Bind("present") boolean present, @Bind("login") String login,
                @Bind("customerName") String customerName, @Bind("status") String status,
                @Bind("packages") String packages, @Bind("wholeHomeDvr") Boolean wholeHomeDvr,
                @Bind("appliedAt") Instant appliedAt);

    default void insert(AppliedStateRow r) {
        insert(r.accountId(), r.present(), r.login(), r.customerName(), r.status(), r.packages(), r.wholeHomeDvr(),
                r.appliedAt());
    }

    @SqlQuery("""
            SELECT account_id, present, login, customer_name, status, packages, whole_home_dvr, applied_at
              FROM applied_state
             WHERE account_id = :accountId""")
    Optional<AppliedStateRow> find(@Bind("accountId") long accountId);
}
