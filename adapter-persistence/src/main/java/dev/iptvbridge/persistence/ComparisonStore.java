package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.ComparedAccount;
import dev.iptvbridge.application.port.out.Difference;
import dev.iptvbridge.application.port.out.DriftKind;
import dev.iptvbridge.application.port.out.SnapshotAccount;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The snapshot tables and the differences of comparison runs: batch inserts into unindexed tables,
 * an index built once when loaded, keyset-paged reads.
 */
final class ComparisonStore {

    private final Jdbi jdbi;
    private final BooleanSupplier postgres;

    ComparisonStore(Jdbi jdbi, BooleanSupplier postgres) {
        this.jdbi = jdbi;
        this.postgres = postgres;
    }

    void addAccounts(List<SnapshotAccount> accounts) {
        batch(ComparisonSql.INSERT_ACCOUNT, accounts, (batch, a) -> batch.bind("id", a.id())
                .bind("display", a.displayId()).bind("customer", a.customerId()).bind("product", a.mainProduct())
                .bind("addOns", SnapshotRows.addOns(a.addOnProducts())).bind("blocked", a.blocked())
                .bind("status", a.billStatus().name()));
    }

    void addCustomers(List<Customer> customers) {
        batch(ComparisonSql.INSERT_CUSTOMER, customers, (batch, c) -> batch.bind("id", c.id()).bind("name", c.name())
                .bind("status", c.status().name()).bind("blocked", c.blocked()));
    }

    void addPlatform(List<IptvCustomer> customers, List<String> foreign) {
        batch(ComparisonSql.INSERT_PLATFORM, customers, (batch, c) -> batch.bind("id", c.account())
                .bind("login", c.login()).bind("name", c.name()).bind("status", c.status().name())
                .bind("packages", SnapshotRows.packages(c)).bind("dvr", c.wholeHomeDvr()));
        batch(ComparisonSql.INSERT_FOREIGN, foreign, (batch, externalId) -> batch.bind("externalId", externalId));
    }

    // One sort per table instead of an index updated at every page; PostgreSQL then plans with fresh statistics.
    void index() {
        boolean onPostgres = postgres.getAsBoolean();
        jdbi.useHandle(handle -> ComparisonSql.SNAPSHOT.forEach(snapshot -> {
            handle.execute(snapshot.createIndex(onPostgres));
            if (onPostgres) {
                handle.execute("ANALYZE " + snapshot.table());
            }
        }));
    }

    List<ComparedAccount> comparedAfter(long after, int limit) {
        return jdbi.inTransaction(handle -> SnapshotPages.after(handle, after, limit));
    }

    List<String> foreignAfter(String after, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(ComparisonSql.FOREIGN).bind("after", after)
                .bind("limit", limit).mapTo(String.class).list());
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

    boolean foundDrifted(long accountId) {
        return jdbi.withHandle(handle -> handle.createQuery(ComparisonSql.FOUND_DRIFTED).bind("account", accountId)
                .mapTo(Long.class).one()) > 0;
    }

    long stillQueued(String run) {
        return jdbi.withHandle(handle -> handle.createQuery(ComparisonSql.STILL_QUEUED).bind("run", run)
                .mapTo(Long.class).one());
    }

    // Indexes first, so that the next run loads into bare tables.
    void dropSnapshot() {
        jdbi.useHandle(handle -> {
            ComparisonSql.SNAPSHOT.forEach(snapshot -> handle.execute("DROP INDEX IF EXISTS " + snapshot.index()));
            ComparisonSql.SNAPSHOT.forEach(snapshot -> handle.execute("TRUNCATE TABLE " + snapshot.table()));
        });
    }

    void dropOtherRuns(String keep) {
        dropSnapshot();
        jdbi.useHandle(handle ->
                handle.createUpdate("DELETE FROM compare_difference WHERE run <> :run").bind("run", keep).execute());
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
