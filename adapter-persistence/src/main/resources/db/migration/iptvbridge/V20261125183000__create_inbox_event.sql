-- The durable inbox: one row per PortaBilling i_event, kept for the retention period.
CREATE TABLE inbox_event (
    event_id     BIGINT                   NOT NULL PRIMARY KEY,
    event_type   VARCHAR(200)             NOT NULL,
    environment  INTEGER,
    subject_kind VARCHAR(16)              NOT NULL,
    subject_id   BIGINT                   NOT NULL,
    event_time   TIMESTAMP WITH TIME ZONE,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX inbox_event_received_at ON inbox_event (received_at);
