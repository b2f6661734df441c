package dev.iptvbridge.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of {@code work_queue}. Writers pass the version they read; 0 rows changed means someone was faster. */
@RegisterConstructorMapper(QueueRow.class)
interface QueueDao {

    String COLUMNS = "work_kind, work_id, state, version, attempts, queued_at, due_at, owner, lease_until, "
            + "last_error, event_ids, asked_again, lane, sweep_run, wake_at";

    // Due: waiting and due, or claimed by a worker whose lease ran out (it crashed or hung).
    // Narrow queries, each an index range scan in due order: one OR over both states made the
    // database sort every due row for each claim, which under a burst of 20,000 entries dominated.
    // Likewise one query per lane, on (state, lane, due_at): ordering by lane, then due, would sort.
    String QUEUED_DUE = """
            SELECT work_kind, work_id, state, version, attempts, queued_at, due_at, owner, lease_until,
                   last_error, event_ids, asked_again, lane, sweep_run, wake_at
              FROM work_queue
             WHERE state = 'QUEUED' AND lane = :lane AND due_at <= :now
             ORDER BY due_at
             LIMIT :limit""";

    String LEASE_EXPIRED = """
            SELECT work_kind, work_id, state, version, attempts, queued_at, due_at, owner, lease_until,
                   last_error, event_ids, asked_again, lane, sweep_run, wake_at
              FROM work_queue
             WHERE state = 'CLAIMED' AND lease_until < :now
             ORDER BY lease_until
             LIMIT :limit""";

    @SqlQuery("SELECT " + COLUMNS + " FROM work_queue WHERE work_kind = :kind AND work_id = :id")
    Optional<QueueRow> find(@Bind("kind") String kind, @Bind("id") long id);

    @SqlUpdate("INSERT INTO work_queue (" + COLUMNS + ") VALUES (:kind, :id, :state, :version, :attempts, :queuedAt, "
            + ":dueAt, :owner, :leaseUntil, :lastError, :eventIds, :askedAgain, :lane, :sweepRun, :wakeAt)")
    void insert(@Bind("kind") String kind, @Bind("id") long id, @Bind("state") String state,
                @Bind("version") long version, @Bind("attempts") int attempts, @Bind("queuedAt") Instant queuedAt,
                @Bind("dueAt") Instant dueAt, @Bind("owner") String owner, @Bind("leaseUntil") Instant leaseUntil,
                @Bind("lastError") String lastError, @Bind("eventIds") String eventIds,
                @Bind("askedAgain") boolean askedAgain, @Bind("lane") String lane, @Bind("sweepRun") String sweepRun,
                @Bind("wakeAt") Instant wakeAt);

    // Jdbi binds the methods of public types only, so a row is passed column by column.
    default void insert(QueueRow r) {
        insert(r.workKind(), r.workId(), r.state(), r.version(), r.attempts(), r.queuedAt(), r.dueAt(), r.owner(),
                r.leaseUntil(), r.lastError(), r.eventIds(), r.askedAgain(), r.lane(), r.sweepRun(), r.wakeAt());
    }

    @SqlUpdate("""
            UPDATE work_queue
               SET state = :state, version = :version, attempts = :attempts, queued_at = :queuedAt, due_at = :dueAt,
                   owner = :owner, lease_until = :leaseUntil, last_error = :lastError, event_ids = :eventIds,
                   asked_again = :askedAgain, lane = :lane, sweep_run = :sweepRun, wake_at = :wakeAt
             WHERE work_kind = :kind AND work_id = :id AND version = :expected""")
    int replace(@Bind("kind") String kind, @Bind("id") long id, @Bind("state") String state,
                @Bind("version") long version, @Bind("attempts") int attempts, @Bind("queuedAt") Instant queuedAt,
                @Bind("dueAt") Instant dueAt, @Bind("owner") String owner, @Bind("leaseUntil") Instant leaseUntil,
                @Bind("lastError") String lastError, @Bind("eventIds") String eventIds,
                @Bind("askedAgain") boolean askedAgain, @Bind("lane") String lane, @Bind("sweepRun") String sweepRun,
                @Bind("wakeAt") Instant wakeAt, @Bind("expected") long expected);

    /** Writes {@code r} over the row if the row still has version {@code expected}; returns the rows changed. */
    default int replace(QueueRow r, long expected) {
        return replace(r.workKind(), r.workId(), r.state(), r.version(), r.attempts(), r.queuedAt(), r.dueAt(),
                r.owner(), r.leaseUntil(), r.lastError(), r.eventIds(), r.askedAgain(), r.lane(), r.sweepRun(),
                r.wakeAt(), expected);
    }

    @SqlUpdate("DELETE FROM work_queue WHERE work_kind = :kind AND work_id = :id AND version = :expected")
    int delete(@Bind("kind") String kind, @Bind("id") long id, @Bind("expected") long expectedVersion);

    @SqlQuery(QUEUED_DUE)
    List<QueueRow> queuedDue(@Bind("lane") String lane, @Bind("now") Instant now, @Bind("limit") int limit);

    @SqlQuery(LEASE_EXPIRED)
    List<QueueRow> leaseExpired(@Bind("now") Instant now, @Bind("limit") int limit);

    // PostgreSQL: rows another claimer holds are skipped, not waited for.
    @SqlQuery(QUEUED_DUE + " FOR UPDATE SKIP LOCKED")
    List<QueueRow> queuedDueLocked(@Bind("lane") String lane, @Bind("now") Instant now, @Bind("limit") int limit);

    @SqlQuery(LEASE_EXPIRED + " FOR UPDATE SKIP LOCKED")
    List<QueueRow> leaseExpiredLocked(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlQuery("SELECT " + COLUMNS + " FROM work_queue WHERE state = 'PARKED' ORDER BY queued_at, work_kind, work_id "
            + "LIMIT :limit")
    List<QueueRow> parked(@Bind("limit") int limit);

    // The bulk form of QueueEntryState.retryParked: it must stay the same rule (an operator's retry is live).
    @SqlUpdate("""
            UPDATE work_queue SET state = 'QUEUED', version = version + 1, attempts = 0, due_at = :now, queued_at = :now,
                   lane = 'LIVE', sweep_run = NULL
             WHERE state = 'PARKED' AND work_kind = :kind AND work_id = :id""")
    int retryParked(@Bind("kind") String kind, @Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("UPDATE work_queue SET state = 'QUEUED', version = version + 1, attempts = 0, due_at = :now, queued_at = :now, "
            + "lane = 'LIVE', sweep_run = NULL WHERE state = 'PARKED'")
    int retryAllParked(@Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) FROM work_queue WHERE state = :state")
    long count(@Bind("state") String state);

    @SqlQuery("SELECT COUNT(*) FROM work_queue WHERE state = :state AND lane = :lane")
    long count(@Bind("state") String state, @Bind("lane") String lane);

    @SqlQuery("SELECT MIN(queued_at) FROM work_queue WHERE state = 'QUEUED'")
    Optional<Instant> oldestQueuedAt();
}
