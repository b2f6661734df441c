-- The ledger of Minerva purchases charged to PortaBilling: one row per purchase, its refund included.
-- state follows LedgerEntry (application.purchase); version rises with every transition, so that a
-- write computed from an older state changes nothing. seq is the newest feed event that changed the
-- row; charge_xdr / credit_xdr the i_xdr PortaBilling gave the charge and the credit.
CREATE TABLE purchase_ledger (
    purchase_id  VARCHAR(500)             NOT NULL PRIMARY KEY,
    state        VARCHAR(16)              NOT NULL,
    version      BIGINT                   NOT NULL,
    seq          BIGINT                   NOT NULL,
    external_id  VARCHAR(500)             NOT NULL,
    kind         VARCHAR(100)             NOT NULL,
    title        VARCHAR(1000)            NOT NULL,
    price        VARCHAR(100)             NOT NULL,
    currency     VARCHAR(100)             NOT NULL,
    purchased_at TIMESTAMP WITH TIME ZONE NOT NULL,
    refund_asked BOOLEAN                  NOT NULL,
    charge_xdr   BIGINT,
    credit_xdr   BIGINT,
    attempts     INTEGER                  NOT NULL,
    seen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reason       VARCHAR(4000),
    CONSTRAINT purchase_ledger_state CHECK (state IN ('SEEN', 'CHARGING', 'CHARGED', 'CREDITING', 'REFUNDED', 'PARKED'))
);

CREATE INDEX purchase_ledger_due ON purchase_ledger (due_at);
CREATE INDEX purchase_ledger_state_seq ON purchase_ledger (state, seq);

-- The feed's cursor (the highest seq recorded in the ledger, moved in the same transaction as the rows
-- it read) and the lease of the one daemon that reads the feed and charges: holder and lease_until.
CREATE TABLE purchase_feed (
    feed        VARCHAR(50)              NOT NULL PRIMARY KEY,
    cursor_seq  BIGINT                   NOT NULL,
    holder      VARCHAR(200),
    lease_until TIMESTAMP WITH TIME ZONE
);

INSERT INTO purchase_feed (feed, cursor_seq) VALUES ('minerva', 0);
