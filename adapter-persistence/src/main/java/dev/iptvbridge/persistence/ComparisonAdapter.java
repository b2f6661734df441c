package dev.iptvbridge.persistence;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.ComparedAccount;
import dev.iptvbridge.application.port.out.ComparisonRecord;
import dev.iptvbridge.application.port.out.ComparisonRunsPort;
import dev.iptvbridge.application.port.out.ComparisonSnapshotPort;
import dev.iptvbridge.application.port.out.Difference;
import dev.iptvbridge.application.port.out.DriftKind;
import dev.iptvbridge.application.port.out.SnapshotAccount;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The comparison's ports on one {@link Database}: the per-run snapshot tables, the differences, the
 * history of runs and the lease. Every method runs in its own transaction and turns database errors
 * into the ports' failures, as {@link PersistenceAdapter} does.
 */
public final class ComparisonAdapter implements ComparisonSnapshotPort, ComparisonRunsPort {

    private final String where;
    private final ComparisonStore store;
    private final ComparisonRuns runs;

    public ComparisonAdapter(Database database) {
        requireNonNull(database, "database is null");
        this.where = database.where();
        this.store = new ComparisonStore(database.jdbi());
        this.runs = new ComparisonRuns(database.jdbi());
    }

    @Override
    public void addAccounts(String run, List<SnapshotAccount> accounts) {
        write("keep " + accounts.size() + " billing accounts of comparison " + run,
                () -> store.addAccounts(run, accounts));
    }

    @Override
    public void addCustomers(String run, List<Customer> customers) {
        write("keep " + customers.size() + " billing customers of comparison " + run,
                () -> store.addCustomers(run, customers));
    }

    @Override
    public void addPlatform(String run, List<IptvCustomer> customers, List<String> foreign) {
        write("keep " + customers.size() + " Minerva customers of comparison " + run,
                () -> store.addPlatform(run, customers, foreign));
    }

    @Override
    public List<ComparedAccount> billedAfter(String run, long after, int limit) {
        return guard("read the billed accounts of comparison " + run, () -> store.billedAfter(run, after, limit));
    }

    @Override
    public List<ComparedAccount> unbilledAfter(String run, long after, int limit) {
        return guard("read the unbilled customers of comparison " + run, () -> store.unbilledAfter(run, after, limit));
    }

    @Override
    public List<String> foreignAfter(String run, String after, int limit) {
        return guard("read the foreign customers of comparison " + run, () -> store.foreignAfter(run, after, limit));
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
    public long stillQueued(String run) {
        return guard("count the queued accounts of comparison " + run, () -> store.stillQueued(run));
    }

    @Override
    public void dropSnapshot(String run) {
        write("drop the snapshot of comparison " + run, () -> store.dropSnapshot(run));
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
