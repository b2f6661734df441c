-- What the bridge last left in Minerva per account. present = FALSE records a deletion;
-- the customer columns are then NULL. packages holds the package ids, one per line, sorted.
CREATE TABLE applied_state (
    account_id     BIGINT                   NOT NULL PRIMARY KEY,
    present        BOOLEAN                  NOT NULL,
    login          VARCHAR(1000),
    customer_name  VARCHAR(1000),
    status         VARCHAR(16),
    packages       VARCHAR(16000),
    whole_home_dvr BOOLEAN,
    applied_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
