package dev.iptvbridge.persistence;

import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of {@code inbox_event}, keyed by environment and {@code i_event}. */
interface InboxDao {

    @SqlQuery("SELECT COUNT(*) FROM inbox_event WHERE environment = :environment AND event_id = :eventId")
    int count(@Bind("environment") int environment, @Bind("eventId") long eventId);

    @SqlUpdate("""
            INSERT INTO inbox_event (environment, event_id, event_type, subject_kind, subject_id, event_time, received_at)
            VALUES (:environment, :eventId, :eventType, :subjectKind, :subjectId, :eventTime, :receivedAt)""")
    void insert(@Bind("environment") int environment, @Bind("eventId") long eventId,
                @Bind("eventType") String eventType, @Bind("subjectKind") String subjectKind,
                @Bind("subjectId") long subjectId, @Bind("eventTime") Instant eventTime,
                @Bind("receivedAt") Instant receivedAt);

    // Jdbi binds the methods of public types only, so a row is passed column by column.
    default void insert(InboxRow e) {
        insert(e.environment(), e.eventId(), e.eventType(), e.subjectKind(), e.subjectId(), e.eventTime(), e.receivedAt());
    }

    @SqlUpdate("DELETE FROM inbox_event WHERE received_at < :cutoff")
    int deleteReceivedBefore(@Bind("cutoff") Instant cutoff);
}
