-- The products of every account the bridge serves, as its last reconcile read them from billing, so that
-- a catalog change finds the accounts it touches without reading PortaBilling. add_ons holds one add-on
-- per line: "<i_product> <effective from> <effective to, or ->", the instants in ISO-8601.
CREATE TABLE account_products (
    account_id   BIGINT                   NOT NULL PRIMARY KEY,
    main_product BIGINT                   NOT NULL,
    add_ons      VARCHAR(16000)           NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The catalog every bridge on this database uses: the highest generation is the active one. A bridge
-- switches by inserting the next generation; the primary key lets one of two racing bridges win.
CREATE TABLE catalog_generation (
    generation BIGINT                   NOT NULL PRIMARY KEY,
    digest     VARCHAR(64)              NOT NULL,
    content    VARCHAR(1000000)         NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_by  VARCHAR(400)             NOT NULL
);

-- Operators' requests (catalog reload) that every running bridge read its catalog file again.
CREATE TABLE catalog_reload (
    request      BIGINT                   NOT NULL PRIMARY KEY,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL
);
