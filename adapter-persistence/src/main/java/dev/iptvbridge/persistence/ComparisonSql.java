package dev.iptvbridge.persistence;

import java.util.List;

/** The comparison's SQL, alike on both databases (no upsert, no FULL OUTER JOIN, no dialect). */
final class ComparisonSql {

    /**
     * A snapshot table and its one index, built in one sort when every page is in (ADR 0011). On H2
     * the index also holds every other column the walk reads, so that the walk reads the index
     * alone: the rows were written in the lists' order, and fetching each from the table cost ten
     * times the walk. PostgreSQL's B-tree entries have a size limit, so there it holds the key only.
     */
    record SnapshotTable(String table, String key, String alsoOnH2) {

        String index() {
            return table + "_id";
        }

        String createIndex(boolean postgres) {
            return "CREATE INDEX IF NOT EXISTS " + index() + " ON " + table + " (" + key
                    + (postgres || alsoOnH2.isEmpty() ? "" : ", " + alsoOnH2) + ")";
        }
    }

    /** The snapshot: loaded without an index, indexed once when loaded, emptied by each run. */
    static final List<SnapshotTable> SNAPSHOT = List.of(
            new SnapshotTable("compare_account", "account_id",
                    "display_id, customer_id, main_product, add_ons, blocked, bill_status"),
            new SnapshotTable("compare_customer", "customer_id", "customer_name, status, blocked"),
            new SnapshotTable("compare_platform", "account_id",
                    "login, customer_name, status, packages, whole_home_dvr"),
            new SnapshotTable("compare_foreign", "external_id", ""));

    static final String INSERT_ACCOUNT = "INSERT INTO compare_account (account_id, display_id, customer_id, "
            + "main_product, add_ons, blocked, bill_status) VALUES (:id, :display, :customer, :product, :addOns, "
            + ":blocked, :status)";

    static final String INSERT_CUSTOMER = "INSERT INTO compare_customer (customer_id, customer_name, status, blocked) "
            + "VALUES (:id, :name, :status, :blocked)";

    static final String INSERT_PLATFORM = "INSERT INTO compare_platform (account_id, login, customer_name, status, "
            + "packages, whole_home_dvr) VALUES (:id, :login, :name, :status, :packages, :dvr)";

    static final String INSERT_FOREIGN = "INSERT INTO compare_foreign (external_id) VALUES (:externalId)";

    // The two keyset cursors that SnapshotPages merges by account id.
    static final String ACCOUNTS = "SELECT account_id, display_id, customer_id, main_product, add_ons, blocked, "
            + "bill_status FROM compare_account WHERE account_id > :after ORDER BY account_id LIMIT :limit";

    static final String PLATFORM = "SELECT account_id, login, customer_name, status, packages, whole_home_dvr "
            + "FROM compare_platform WHERE account_id > :after ORDER BY account_id LIMIT :limit";

    static final String CUSTOMERS = "SELECT customer_id, customer_name, status, blocked FROM compare_customer "
            + "WHERE customer_id IN (<ids>)";

    static final String PROVISIONED = "SELECT account_id FROM applied_state WHERE present AND account_id IN (<ids>)";

    static final String FOREIGN = "SELECT DISTINCT external_id FROM compare_foreign WHERE external_id > :after "
            + "ORDER BY external_id LIMIT :limit";

    static final String DIFFERENCE_COLUMNS = "run, seq, account_id, external_id, kind, reason, queued, want_status, "
            + "want_login, want_name, want_packages, want_dvr, have_status, have_login, have_name, have_packages, have_dvr";

    static final String INSERT_DIFFERENCE = "INSERT INTO compare_difference (" + DIFFERENCE_COLUMNS + ") VALUES (:run, "
            + ":seq, :account, :externalId, :kind, :reason, :queued, :wantStatus, :wantLogin, :wantName, "
            + ":wantPackages, :wantDvr, :haveStatus, :haveLogin, :haveName, :havePackages, :haveDvr)";

    static final String FOUND_DRIFTED = "SELECT COUNT(*) FROM compare_difference WHERE account_id = :account AND queued";

    static final String STILL_QUEUED = "SELECT COUNT(DISTINCT d.account_id) FROM compare_difference d "
            + "JOIN work_queue q ON q.work_kind = 'ACCOUNT' AND q.work_id = d.account_id "
            + "WHERE d.run = :run AND d.queued AND q.state <> 'PARKED'";

    private ComparisonSql() {
    }
}
