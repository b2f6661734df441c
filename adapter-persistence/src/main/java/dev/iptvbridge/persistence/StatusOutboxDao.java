package dev.iptvbridge.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMappers;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The SQL of {@code status_outbox}, and of {@code status_accepted}, what PortaBilling accepted last. Every change after a claim names the version and the owner it
 * was made for, so that a sender whose lease ran out, or whose report was replaced, changes nothing.
 */
@RegisterConstructorMappers({@RegisterConstructorMapper(StatusOutboxRow.class),
        @RegisterConstructorMapper(AcceptedStatusRow.class)})
interface StatusOutboxDao {

    String COLUMNS = "account_id, status, message, version, attempts, queued_at, due_at, owner, lease_until";
    String CLAIMABLE = "due_at <= :now AND (lease_until IS NULL OR lease_until <= :now)";

    // A new outcome resets the attempts and is due at once; a sender holding the row keeps its lease.
    @SqlUpdate("""
            UPDATE status_outbox
               SET status = :status, message = :message, version = version + 1, attempts = 0, due_at = :now,
                   last_error = NULL
             WHERE account_id = :accountId""")
    int replace(@Bind("accountId") long accountId, @Bind("status") String status, @Bind("message") String message,
                @Bind("now") Instant now);

    @SqlUpdate("""
            INSERT INTO status_outbox (account_id, status, message, version, attempts, queued_at, due_at)
            VALUES (:accountId, :status, :message, 1, 0, :now, :now)""")
    void insert(@Bind("accountId") long accountId, @Bind("status") String status, @Bind("message") String message,
                @Bind("now") Instant now);

    @SqlQuery("SELECT account_id FROM status_outbox WHERE " + CLAIMABLE + " ORDER BY due_at LIMIT :max")
    List<Long> candidates(@Bind("now") Instant now, @Bind("max") int max);

    // The condition is evaluated again under the row's lock: of two claimers, one wins, the other updates nothing.
    @SqlUpdate("UPDATE status_outbox SET owner = :owner, lease_until = :until WHERE account_id = :accountId AND "
            + CLAIMABLE)
    int claim(@Bind("accountId") long accountId, @Bind("owner") String owner, @Bind("now") Instant now,
              @Bind("until") Instant until);

    @SqlQuery("SELECT " + COLUMNS + " FROM status_outbox WHERE account_id = :accountId")
    Optional<StatusOutboxRow> find(@Bind("accountId") long accountId);

    @SqlUpdate("DELETE FROM status_outbox WHERE account_id = :accountId AND version = :version")
    int delete(@Bind("accountId") long accountId, @Bind("version") long version);

    @SqlUpdate("""
            UPDATE status_outbox
               SET attempts = :attempts, due_at = :dueAt, owner = NULL, lease_until = NULL, last_error = :error
             WHERE account_id = :accountId AND version = :version AND owner = :owner""")
    int retryLater(@Bind("accountId") long accountId, @Bind("version") long version, @Bind("owner") String owner,
                   @Bind("attempts") int attempts, @Bind("dueAt") Instant dueAt, @Bind("error") String error);

    @SqlUpdate("UPDATE status_outbox SET owner = NULL, lease_until = NULL WHERE account_id = :accountId AND owner = :owner")
    int release(@Bind("accountId") long accountId, @Bind("owner") String owner);

    @SqlQuery("SELECT COUNT(*) FROM status_outbox")
    long count();

    @SqlQuery("SELECT MIN(queued_at) FROM status_outbox")
    Optional<Instant> oldestQueuedAt();

    @SqlQuery("SELECT status, message FROM status_accepted WHERE account_id = :accountId")
    Optional<AcceptedStatusRow> findAccepted(@Bind("accountId") long accountId);

    @SqlUpdate("UPDATE status_accepted SET status = :status, message = :message, accepted_at = :at "
            + "WHERE account_id = :accountId")
    int replaceAccepted(@Bind("accountId") long accountId, @Bind("status") String status,
                        @Bind("message") String message, @Bind("at") Instant at);

    @SqlUpdate("INSERT INTO status_accepted (account_id, status, message, accepted_at) "
            + "VALUES (:accountId, :status, :message, :at)")
    void insertAccepted(@Bind("accountId") long accountId, @Bind("status") String status,
                        @Bind("message") String message, @Bind("at") Instant at);
}
