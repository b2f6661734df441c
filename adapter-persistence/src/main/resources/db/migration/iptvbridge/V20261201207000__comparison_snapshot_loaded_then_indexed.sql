-- The comparison's snapshot tables lose their run column and their indexes (ADR 0011, "Loading a
-- million"): one comparison runs at a time per database (compare_lease), so a run empties them when
-- it starts and when it ends; and they load faster without an index, which the run builds once,
-- in one sort, when every page has been read (ComparisonStore.index). compare_foreign holds the
-- externalIds that are not account ids, apart from the customers keyed by account.
DROP TABLE compare_account;
DROP TABLE compare_customer;
DROP TABLE compare_platform;

CREATE TABLE compare_account (
    account_id    BIGINT        NOT NULL,
    display_id    VARCHAR(1000) NOT NULL,
    customer_id   BIGINT        NOT NULL,
    main_product  BIGINT        NOT NULL,
    add_ons       VARCHAR(4000) NOT NULL,
    blocked       BOOLEAN       NOT NULL,
    bill_status   VARCHAR(16)   NOT NULL
);

CREATE TABLE compare_customer (
    customer_id   BIGINT        NOT NULL,
    customer_name VARCHAR(1000) NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    blocked       BOOLEAN       NOT NULL
);

CREATE TABLE compare_platform (
    account_id     BIGINT         NOT NULL,
    login          VARCHAR(1000)  NOT NULL,
    customer_name  VARCHAR(1000)  NOT NULL,
    status         VARCHAR(16)    NOT NULL,
    packages       VARCHAR(16000) NOT NULL,
    whole_home_dvr BOOLEAN        NOT NULL
);

CREATE TABLE compare_foreign (
    external_id VARCHAR(1000) NOT NULL
);
