-- The provisioning status PortaBilling last accepted per account, written when a report was sent.
-- A reconcile compares its outcome with it (or with the account's waiting report), so that a report
-- lost to a crash before the outbox is queued again, while an account in step queues nothing.
CREATE TABLE status_accepted (
    account_id  BIGINT                   NOT NULL PRIMARY KEY,
    status      VARCHAR(16)              NOT NULL,
    message     VARCHAR(4000)            NOT NULL,
    accepted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT status_accepted_status CHECK (status IN ('OK', 'IN_PROGRESS', 'RETRY', 'FAILED'))
);
