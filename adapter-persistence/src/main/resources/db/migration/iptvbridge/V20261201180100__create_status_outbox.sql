-- Provisioning status reports waiting for PortaBilling: at most one row per account, the newest.
-- version rises with every new outcome, so that a sender that sent an older one never deletes a newer one.
-- owner and lease_until are set while a sender holds the row; a newer outcome then waits for it.
-- queued_at is when the account's report first waited (kept across replacements), for the oldest-age metric.
CREATE TABLE status_outbox (
    account_id  BIGINT                   NOT NULL PRIMARY KEY,
    status      VARCHAR(16)              NOT NULL,
    message     VARCHAR(4000)            NOT NULL,
    version     BIGINT                   NOT NULL,
    attempts    INTEGER                  NOT NULL,
    queued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    owner       VARCHAR(200),
    lease_until TIMESTAMP WITH TIME ZONE,
    last_error  VARCHAR(4000),
    CONSTRAINT status_outbox_status CHECK (status IN ('OK', 'IN_PROGRESS', 'RETRY', 'FAILED'))
);

CREATE INDEX status_outbox_due ON status_outbox (due_at);
