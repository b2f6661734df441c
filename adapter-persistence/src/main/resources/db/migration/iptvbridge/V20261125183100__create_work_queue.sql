-- The work queue: at most one row per (work_kind, work_id); requests coalesce onto it.
-- version rises with every request and every claim, so that a stale worker cannot drop a newer request.
-- event_ids holds the i_events that queued the entry since it was last completed, comma separated, newest last.
CREATE TABLE work_queue (
    work_kind   VARCHAR(16)              NOT NULL,
    work_id     BIGINT                   NOT NULL,
    state       VARCHAR(16)              NOT NULL,
    version     BIGINT                   NOT NULL,
    attempts    INTEGER                  NOT NULL,
    queued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    owner       VARCHAR(200),
    lease_until TIMESTAMP WITH TIME ZONE,
    last_error  VARCHAR(4000),
    event_ids   VARCHAR(1100)            NOT NULL,
    CONSTRAINT work_queue_pk PRIMARY KEY (work_kind, work_id),
    CONSTRAINT work_queue_state CHECK (state IN ('QUEUED', 'CLAIMED', 'PARKED'))
);

CREATE INDEX work_queue_state_due ON work_queue (state, due_at);
