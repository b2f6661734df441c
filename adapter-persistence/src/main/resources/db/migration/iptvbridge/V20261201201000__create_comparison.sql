-- The comparison of billing and Minerva (ADR 0011). The compare_* snapshot tables hold what one run
-- listed of each side, keyed by the run, and are emptied of the run when it ends, also when it fails.
-- Rows may repeat (a list that changed between pages): there is no unique key, reads skip repeats.
CREATE TABLE compare_account (
    run           VARCHAR(64)   NOT NULL,
    account_id    BIGINT        NOT NULL,
    display_id    VARCHAR(1000) NOT NULL,
    customer_id   BIGINT        NOT NULL,
    main_product  BIGINT        NOT NULL,
    add_ons       VARCHAR(4000) NOT NULL,
    blocked       BOOLEAN       NOT NULL,
    bill_status   VARCHAR(16)   NOT NULL
);
CREATE INDEX compare_account_run ON compare_account (run, account_id);

CREATE TABLE compare_customer (
    run           VARCHAR(64)   NOT NULL,
    customer_id   BIGINT        NOT NULL,
    customer_name VARCHAR(1000) NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    blocked       BOOLEAN       NOT NULL
);
CREATE INDEX compare_customer_run ON compare_customer (run, customer_id);

-- external_id is set for a foreign customer (its externalId is not an i_account); account_id then is NULL.
CREATE TABLE compare_platform (
    run            VARCHAR(64)    NOT NULL,
    account_id     BIGINT,
    external_id    VARCHAR(1000),
    login          VARCHAR(1000),
    customer_name  VARCHAR(1000),
    status         VARCHAR(16),
    packages       VARCHAR(16000),
    whole_home_dvr BOOLEAN
);
CREATE INDEX compare_platform_run ON compare_platform (run, account_id);
CREATE INDEX compare_platform_foreign ON compare_platform (run, external_id);

-- The differences a run found; kept until the next run starts, for the report and --wait.
-- want_* and have_* describe a customer; want_status (or have_status) NULL means no customer.
CREATE TABLE compare_difference (
    run                 VARCHAR(64)    NOT NULL,
    seq                 BIGINT         NOT NULL,
    account_id          BIGINT,
    external_id         VARCHAR(1000),
    kind                VARCHAR(32)    NOT NULL,
    reason              VARCHAR(64),
    queued              BOOLEAN        NOT NULL,
    want_status         VARCHAR(16),
    want_login          VARCHAR(1000),
    want_name           VARCHAR(1000),
    want_packages       VARCHAR(16000),
    want_dvr            BOOLEAN,
    have_status         VARCHAR(16),
    have_login          VARCHAR(1000),
    have_name           VARCHAR(1000),
    have_packages       VARCHAR(16000),
    have_dvr            BOOLEAN,
    CONSTRAINT compare_difference_pk PRIMARY KEY (run, seq)
);
CREATE INDEX compare_difference_kind ON compare_difference (run, kind, seq);

-- One row per run; counts holds kind=count pairs, comma separated.
CREATE TABLE compare_run (
    run          VARCHAR(64)              NOT NULL PRIMARY KEY,
    environment  VARCHAR(32)              NOT NULL,
    dry_run      BOOLEAN                  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    accounts     BIGINT                   NOT NULL,
    customers    BIGINT                   NOT NULL,
    counts       VARCHAR(1000)            NOT NULL,
    queued       BIGINT                   NOT NULL,
    completed    BOOLEAN                  NOT NULL
);
CREATE INDEX compare_run_environment ON compare_run (environment, completed, finished_at);

-- The lease that lets one comparison run at a time among the bridges sharing this database.
CREATE TABLE compare_lease (
    name        VARCHAR(32)              NOT NULL PRIMARY KEY,
    owner       VARCHAR(200)             NOT NULL,
    lease_until TIMESTAMP WITH TIME ZONE NOT NULL
);
