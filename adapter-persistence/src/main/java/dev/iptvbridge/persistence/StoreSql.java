package dev.iptvbridge.persistence;

/**
 * The SQL of a store: the event inserted and its subject's queue entry upserted. On PostgreSQL
 * it is one statement, so that a store costs one round trip; H2 runs in the bridge's process
 * and takes two. {@link #UPSERT_SET} is the one place where a request meets an existing entry in
 * SQL: it must say what {@link dev.iptvbridge.application.queue.QueueEntryState#coalesce} says.
 */
final class StoreSql {

    /*
     * A request for an entry that is there (q), with the new request's due time and event id (NEW):
     * QUEUED becomes due at the earlier time; CLAIMED is marked asked again; PARKED is queued afresh,
     * attempts reset. An event is a live request: the entry moves to the live lane, and only a claimed
     * entry keeps the moment a dated add-on asked for. Every case raises the version. The event id joins the list unless it is there,
     * and the oldest drops when the list holds EVENT_ID_LIMIT already.
     */
    private static final String UPSERT_SET = """
            state = CASE WHEN q.state = 'CLAIMED' THEN 'CLAIMED' ELSE 'QUEUED' END,
            version = q.version + 1,
            attempts = CASE WHEN q.state = 'PARKED' THEN 0 ELSE q.attempts END,
            queued_at = CASE WHEN q.state = 'PARKED' THEN NEW.due_at ELSE q.queued_at END,
            due_at = CASE WHEN q.state = 'PARKED' THEN NEW.due_at
                          WHEN q.state = 'QUEUED' AND NEW.due_at < q.due_at THEN NEW.due_at
                          ELSE q.due_at END,
            asked_again = (q.state = 'CLAIMED'),
            lane = 'LIVE',
            sweep_run = NULL,
            wake_at = CASE WHEN q.state = 'CLAIMED' THEN q.wake_at ELSE NULL END,
            event_ids = CASE WHEN POSITION(',' || NEW.event_ids || ',' IN ',' || q.event_ids || ',') > 0 THEN q.event_ids
                             WHEN q.event_ids = '' THEN NEW.event_ids
                             WHEN LENGTH(q.event_ids) - LENGTH(REPLACE(q.event_ids, ',', '')) + 1 >= LIMIT
                                 THEN SUBSTRING(q.event_ids FROM POSITION(',' IN q.event_ids) + 1) || ',' || NEW.event_ids
                             ELSE q.event_ids || ',' || NEW.event_ids END"""
            .replace("LIMIT", Integer.toString(EventIds.QUEUE_LIMIT));

    /**
     * PostgreSQL: the event, unless it is there, and its entry, in one statement. Parameters: environment,
     * event id, type, subject kind, subject id, event time, received at, due at. One row changed: stored;
     * none: a duplicate, and nothing changed.
     */
    static final String POSTGRES_STORE = """
            WITH ev AS (
                INSERT INTO inbox_event (environment, event_id, event_type, subject_kind, subject_id, event_time, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (environment, event_id) DO NOTHING
                RETURNING subject_kind, subject_id, event_id)
            INSERT INTO work_queue AS q (work_kind, work_id, state, version, attempts, queued_at, due_at, event_ids, asked_again)
            SELECT subject_kind, subject_id, 'QUEUED', 1, 0, due.at, due.at, CAST(event_id AS VARCHAR), FALSE
              FROM ev, (SELECT CAST(? AS TIMESTAMP WITH TIME ZONE) AS at) due
            ON CONFLICT (work_kind, work_id) DO UPDATE SET
            """ + UPSERT_SET.replace("NEW.", "EXCLUDED.");

    /** H2: the event. Parameters as {@link #POSTGRES_STORE} without the due time; a duplicate fails on the key. */
    static final String H2_EVENT = """
            INSERT INTO inbox_event (environment, event_id, event_type, subject_kind, subject_id, event_time, received_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    /** H2: the entry. Parameters: subject kind, subject id, due at, event id as text. */
    static final String H2_ENTRY = """
            MERGE INTO work_queue q
            USING (VALUES (CAST(? AS VARCHAR(16)), CAST(? AS BIGINT), CAST(? AS TIMESTAMP WITH TIME ZONE),
                           CAST(? AS VARCHAR(1100)))) AS n (work_kind, work_id, due_at, event_ids)
               ON q.work_kind = n.work_kind AND q.work_id = n.work_id
            WHEN MATCHED THEN UPDATE SET
            """ + UPSERT_SET.replace("NEW.", "n.") + """

            WHEN NOT MATCHED THEN INSERT (work_kind, work_id, state, version, attempts, queued_at, due_at, event_ids, asked_again)
                 VALUES (n.work_kind, n.work_id, 'QUEUED', 1, 0, n.due_at, n.due_at, n.event_ids, FALSE)""";

    private StoreSql() {
    }
}
