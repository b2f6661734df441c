package dev.iptvbridge.persistence;

/** The comparison's SQL that both databases run alike (no upsert, no FULL OUTER JOIN). */
final class ComparisonSql {

    static final String PLATFORM_COLUMNS = "p.login AS p_login, p.customer_name AS p_name, p.status AS p_status, "
            + "p.packages AS p_packages, p.whole_home_dvr AS p_dvr";

    static final String KNOWN = "CASE WHEN EXISTS (SELECT 1 FROM applied_state s WHERE s.account_id = %s "
            + "AND s.present) THEN TRUE ELSE FALSE END AS known";

    // One page of billed accounts by id (a repeat may cost a page a row: the caller reads on until empty).
    static final String BILLED = "SELECT a.account_id, a.display_id AS a_display, a.customer_id AS a_customer, "
            + "a.main_product AS a_product, a.add_ons AS a_add_ons, a.blocked AS a_blocked, a.bill_status AS a_status, "
            + "c.customer_id AS c_id, c.customer_name AS c_name, c.status AS c_status, c.blocked AS c_blocked, "
            + PLATFORM_COLUMNS + ", " + KNOWN.formatted("a.account_id") + " "
            + "FROM (SELECT * FROM compare_account WHERE run = :run AND account_id > :after "
            + "ORDER BY account_id LIMIT :limit) a "
            + "LEFT JOIN compare_customer c ON c.run = :run AND c.customer_id = a.customer_id "
            + "LEFT JOIN compare_platform p ON p.run = :run AND p.account_id = a.account_id "
            + "ORDER BY a.account_id";

    static final String UNBILLED = "SELECT p.account_id, CAST(NULL AS VARCHAR(1)) AS a_display, "
            + "CAST(NULL AS BIGINT) AS a_customer, CAST(NULL AS BIGINT) AS a_product, "
            + "CAST(NULL AS VARCHAR(1)) AS a_add_ons, CAST(NULL AS BOOLEAN) AS a_blocked, "
            + "CAST(NULL AS VARCHAR(1)) AS a_status, CAST(NULL AS BIGINT) AS c_id, CAST(NULL AS VARCHAR(1)) AS c_name, "
            + "CAST(NULL AS VARCHAR(1)) AS c_status, CAST(NULL AS BOOLEAN) AS c_blocked, "
            + PLATFORM_COLUMNS + ", " + KNOWN.formatted("p.account_id") + " "
            + "FROM (SELECT * FROM compare_platform q WHERE q.run = :run AND q.account_id > :after "
            + "AND NOT EXISTS (SELECT 1 FROM compare_account a WHERE a.run = :run AND a.account_id = q.account_id) "
            + "ORDER BY q.account_id LIMIT :limit) p ORDER BY p.account_id";

    static final String FOREIGN = "SELECT DISTINCT external_id FROM compare_platform WHERE run = :run "
            + "AND external_id IS NOT NULL AND external_id > :after ORDER BY external_id LIMIT :limit";

    static final String DIFFERENCE_COLUMNS = "run, seq, account_id, external_id, kind, reason, queued, want_status, "
            + "want_login, want_name, want_packages, want_dvr, have_status, have_login, have_name, have_packages, have_dvr";

    static final String INSERT_DIFFERENCE = "INSERT INTO compare_difference (" + DIFFERENCE_COLUMNS + ") VALUES (:run, "
            + ":seq, :account, :externalId, :kind, :reason, :queued, :wantStatus, :wantLogin, :wantName, "
            + ":wantPackages, :wantDvr, :haveStatus, :haveLogin, :haveName, :havePackages, :haveDvr)";

    static final String STILL_QUEUED = "SELECT COUNT(DISTINCT d.account_id) FROM compare_difference d "
            + "JOIN work_queue q ON q.work_kind = 'ACCOUNT' AND q.work_id = d.account_id "
            + "WHERE d.run = :run AND d.queued AND q.state <> 'PARKED'";

    private ComparisonSql() {
    }
}
