package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.ComparedAccount;
import dev.iptvbridge.application.port.out.Difference;
import dev.iptvbridge.application.port.out.DriftKind;
import dev.iptvbridge.application.port.out.SnapshotAccount;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The snapshot tables and the differences of comparison runs: batch inserts, keyset-paged reads. */
final class ComparisonStore {

    private static final List<String> TABLES = List.of("compare_account", "compare_customer", "compare_platform");

    private final Jdbi jdbi;

    ComparisonStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void addAccounts(String run, List<SnapshotAccount> accounts) {
        batch("INSERT INTO compare_account (run, account_id, display_id, customer_id, main_product, add_ons, blocked, "
                + "bill_status) VALUES (:run, :id, :display, :customer, :product, :addOns, :blocked, :status)",
                accounts, (batch, a) -> batch.bind("run", run).bind("id", a.id()).bind("display", a.displayId())
                        .bind("customer", a.customerId()).bind("product", a.mainProduct())
                        .bind("addOns", SnapshotRows.addOns(a.addOnProducts())).bind("blocked", a.blocked())
                        .bind("status", a.billStatus().name()));
    }

    void addCustomers(String run, List<Customer> customers) {
        batch("INSERT INTO compare_customer (run, customer_id, customer_name, status, blocked) "
                + "VALUES (:run, :id, :name, :status, :blocked)", customers,
                (batch, c) -> batch.bind("run", run).bind("id", c.id()).bind("name", c.name())
                        .bind("status", c.status().name()).bind("blocked", c.blocked()));
    }

    // Two batches: a batch whose rows bind NULL to a column in some rows and text in others fails in Jdbi.
    void addPlatform(String run, List<IptvCustomer> customers, List<String> foreign) {
        batch("INSERT INTO compare_platform (run, account_id, login, customer_name, status, packages, whole_home_dvr) "
                + "VALUES (:run, :id, :login, :name, :status, :packages, :dvr)", customers,
                (batch, c) -> batch.bind("run", run).bind("id", c.account()).bind("login", c.login())
                        .bind("name", c.name()).bind("status", c.status().name())
                        .bind("packages", SnapshotRows.packages(c)).bind("dvr", c.wholeHomeDvr()));
        batch("INSERT INTO compare_platform (run, external_id) VALUES (:run, :externalId)", foreign,
                (batch, externalId) -> batch.bind("run", run).bind("externalId", externalId));
    }

    List<ComparedAccount> billedAfter(String run, long after, int limit) {
        return page(ComparisonSql.BILLED, run, after, limit);
    }

    List<ComparedAccount> unbilledAfter(String run, long after, int limit) {
        return page(ComparisonSql.UNBILLED, run, after, limit);
    }

    List<String> foreignAfter(String run, String after, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(ComparisonSql.FOREIGN).bind("run", run)
                .bind("after", after).bind("limit", limit).mapTo(String.class).list());
    }

    void addDifferences(String run, List<Difference> differences) {
        batch(ComparisonSql.INSERT_DIFFERENCE, differences, (batch, d) -> DifferenceRows.bind(batch, run, d));
    }

    List<Difference> differencesAfter(String run, long after, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + ComparisonSql.DIFFERENCE_COLUMNS
                        + " FROM compare_difference WHERE run = :run AND seq > :after ORDER BY seq LIMIT :limit")
                .bind("run", run).bind("after", after).bind("limit", limit)
                .map((rs, ctx) -> DifferenceRows.read(rs)).list());
    }

    List<Difference> firstOf(String run, DriftKind kind, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + ComparisonSql.DIFFERENCE_COLUMNS
                        + " FROM compare_difference WHERE run = :run AND kind = :kind ORDER BY seq LIMIT :limit")
                .bind("run", run).bind("kind", kind.name()).bind("limit", limit)
                .map((rs, ctx) -> DifferenceRows.read(rs)).list());
    }

    long stillQueued(String run) {
        return jdbi.withHandle(handle -> handle.createQuery(ComparisonSql.STILL_QUEUED).bind("run", run)
                .mapTo(Long.class).one());
    }

    void dropSnapshot(String run) {
        jdbi.useTransaction(handle -> TABLES.forEach(table ->
                handle.createUpdate("DELETE FROM " + table + " WHERE run = :run").bind("run", run).execute()));
    }

    void dropOtherRuns(String keep) {
        jdbi.useTransaction(handle -> {
            for (String table : TABLES) {
                handle.createUpdate("DELETE FROM " + table + " WHERE run <> :run").bind("run", keep).execute();
            }
            handle.createUpdate("DELETE FROM compare_difference WHERE run <> :run").bind("run", keep).execute();
        });
    }

    // Reads one page and keeps the first row of each account id (repeats of a listing, or of a join).
    private List<ComparedAccount> page(String sql, String run, long after, int limit) {
        List<ComparedAccount> read = jdbi.withHandle(handle -> handle.createQuery(sql).bind("run", run)
                .bind("after", after).bind("limit", limit)
                .map((rs, ctx) -> SnapshotRows.compared(rs.getLong("account_id"), rs)).list());
        List<ComparedAccount> rows = new ArrayList<>(read.size());
        for (ComparedAccount row : read) {
            if (rows.isEmpty() || rows.get(rows.size() - 1).accountId() != row.accountId()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private <T> void batch(String sql, List<T> items, Binder<T> binder) {
        if (items.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch(sql);
            for (T item : items) {
                binder.bind(batch, item);
                batch.add();
            }
            batch.execute();
        });
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedBatch batch, T item);
    }
}
