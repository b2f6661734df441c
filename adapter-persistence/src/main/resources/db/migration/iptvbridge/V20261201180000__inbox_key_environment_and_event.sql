-- An i_event is unique within its billing environment only (docs/adr/0007-inbox-duplicate-key.md):
-- the inbox's key becomes (environment, event_id). An event without i_env keys as environment -1,
-- which no delivered event can carry (the webhook decoder refuses a negative i_env; 0 it accepts),
-- so such events are only ever duplicates of one another. The table is rebuilt because the old primary key has no
-- name both databases agree on; it holds the retention period's events only.
CREATE TABLE inbox_event_keyed (
    environment  INTEGER                  NOT NULL,
    event_id     BIGINT                   NOT NULL,
    event_type   VARCHAR(200)             NOT NULL,
    subject_kind VARCHAR(16)              NOT NULL,
    subject_id   BIGINT                   NOT NULL,
    event_time   TIMESTAMP WITH TIME ZONE,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT inbox_event_key PRIMARY KEY (environment, event_id)
);

INSERT INTO inbox_event_keyed (environment, event_id, event_type, subject_kind, subject_id, event_time, received_at)
SELECT COALESCE(environment, -1), event_id, event_type, subject_kind, subject_id, event_time, received_at
  FROM inbox_event;

DROP TABLE inbox_event;

ALTER TABLE inbox_event_keyed RENAME TO inbox_event;

CREATE INDEX inbox_event_received_at ON inbox_event (received_at);
