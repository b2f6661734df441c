package dev.iptvbridge.persistence;

import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of {@code inbox_event}. */
interface InboxDao {

    @SqlQuery("SELECT COUNT(*) FROM inbox_event WHERE event_id = :eventId")
    int count(@Bind("eventId") long eventId);

    @SqlUpdate("""
            INSERT INTO inbox_event (event_id, event_type, environment, subject_kind, subject_id, event_time, received_at)
            VALUES (:eventId, :eventType, :environment, :subjectKind, :subjectId, :eventTime, :receivedAt)""")
    void insert(@Bind("eventId") long eventId, @Bind("eventType") String eventType,
                @Bind("environment") Integer environment, @Bind("subjectKind") String subjectKind,
                @Bind("subjectId") long subjectId, @Bind("eventTime") Instant eventTime,
                @Bind("receivedAt") Instant receivedAt);

    // Jdbi binds the methods of public types only, so a row is passed column by column.
    default void insert(InboxRow e) {
        insert(e.eventId(), e.eventType(), e.environment(), e.subjectKind(), e.subjectId(), e.eventTime(), e.receivedAt());
    }

    @SqlUpdate("DELETE FROM inbox_event WHERE received_at < :cutoff")
    int deleteReceivedBefore(@Bind("cutoff") Instant cutoff);
}
