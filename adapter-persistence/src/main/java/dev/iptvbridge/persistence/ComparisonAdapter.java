package dev.iptvbridge.persistence;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.ComparedAccount;
import dev.iptvbridge.application.port.out.ComparisonRecord;
import dev.iptvbridge.application.port.out.ComparisonRunsPort;
import dev.iptvbridge.application.port.out.ComparisonSnapshotPort;
import dev.iptvbridge.application.port.out.Difference;
import dev.iptvbridge.application.port.out.DriftKind;
import dev.iptvbridge.application.port.out.DriftedAccountsPort;
import dev.iptvbridge.application.port.out.SnapshotAccount;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The comparison's ports on one {@link Database}: the snapshot tables, the differences, the history
 * of runs and the lease, and whether the last run queued an account. Every method runs in its own
 * transaction and turns database errors into the ports' failures, as {@link PersistenceAdapter} does.
 */
public final class ComparisonAdapter implements ComparisonSnapshotPort, ComparisonRunsPort, DriftedAccountsPort {

    private final String where;
    private final ComparisonStore store;
    private final ComparisonRuns runs;

    public ComparisonAdapter(Database database) {
        requireNonNull(database, "database is null");
        this.where = database.where();
        this.store = new ComparisonStore(database.jdbi(), database::isPostgres);
        this.runs = new ComparisonRuns(database.jdbi());
    }

    @Override
    public void addAccounts(List<SnapshotAccount> accounts) {
        write("keep " + accounts.size() + " billing accounts of the comparison", () -> store.addAccounts(accounts));
    }

    @Override
    public void addCustomers(List<Customer> customers) {
        write("keep " + customers.size() + " billing customers of the comparison", () -> store.addCustomers(customers));
    }

    @Override
    public void addPlatform(List<IptvCustomer> customers, List<String> foreign) {
        write("keep " + customers.size() + " Minerva customers of the comparison",
                () -> store.addPlatform(customers, foreign));
    }

    @Override
    public void index() {
        write("index the comparison's snapshot", store::index);
    }

    @Override
    public List<ComparedAccount> comparedAfter(long after, int limit) {
        return guard("read the comparison's snapshot", () -> store.comparedAfter(after, limit));
    }

    @Override
    public List<String> foreignAfter(String after, int limit) {
        return guard("read the foreign customers of the comparison", () -> store.foreignAfter(after, limit));
    }

    @Override
    public void addDifferences(String run, List<Difference> differences) {
        write("keep the differences of comparison " + run, () -> store.addDifferences(run, differences));
    }

    @Override
    public List<Difference> differencesAfter(String run, long after, int limit) {
        return guard("read the differences of comparison " + run, () -> store.differencesAfter(run, after, limit));
    }

    @Override
    public List<Difference> firstOf(String run, DriftKind kind, int limit) {
        return guard("read the differences of comparison " + run, () -> store.firstOf(run, kind, limit));
    }

    @Override
    public boolean foundDrifted(long accountId) {
        return guard("read whether comparison queued account " + accountId, () -> store.foundDrifted(accountId));
    }

    @Override
    public long stillQueued(String run) {
        return guard("count the queued accounts of comparison " + run, () -> store.stillQueued(run));
    }

    @Override
    public void dropSnapshot() {
        write("drop the comparison's snapshot", store::dropSnapshot);
    }

    @Override
    public void dropOtherRuns(String keep) {
        write("drop the comparisons before " + keep, () -> store.dropOtherRuns(keep));
    }

    @Override
    public boolean lease(String owner, Instant now, Duration length) {
        requireNonNull(owner, "owner is null");
        return guard("take the comparison lease for " + owner, () -> runs.lease(owner, now, length));
    }

    @Override
    public void releaseLease(String owner) {
        write("give up the comparison lease of " + owner, () -> runs.release(owner));
    }

    @Override
    public void record(ComparisonRecord run) {
        requireNonNull(run, "run is null");
        write("record comparison " + run.run(), () -> runs.record(run));
    }

    @Override
    public Optional<ComparisonRecord> lastCompleted(String environment, boolean includeDryRuns) {
        return guard("read the last comparison", () -> runs.lastCompleted(environment, includeDryRuns));
    }

    private <T> T guard(String operation, Supplier<T> action) {
        return Failures.guard(operation, where, action);
    }

    private void write(String operation, Runnable action) {
        Failures.guard(operation, where, action);
    }
}
