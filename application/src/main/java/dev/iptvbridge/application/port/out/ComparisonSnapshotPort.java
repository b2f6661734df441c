package dev.iptvbridge.application.port.out;

import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.List;

/**
 * The scratch store of one comparison run, kept in the bridge's database so that memory stays
 * flat whatever the number of accounts: what each side listed, and the differences found. Rows
 * may repeat (a list that changed between pages); reads return each account id once, and a page
 * read may hold fewer rows than asked: the walk ends at an empty page. Failures are
 * {@link TransientFailure}s or {@link PermanentFailure}s.
 */
public interface ComparisonSnapshotPort {

    void addAccounts(String run, List<SnapshotAccount> accounts);

    void addCustomers(String run, List<Customer> customers);

    void addPlatform(String run, List<IptvCustomer> customers, List<String> foreign);

    /** Accounts billing listed with an id above {@code after}, in id order, with their customer and platform side. */
    List<ComparedAccount> billedAfter(String run, long after, int limit);

    /** Platform customers with an id above {@code after} that billing did not list, in id order. */
    List<ComparedAccount> unbilledAfter(String run, long after, int limit);

    /** The {@code externalId}s of foreign platform customers above {@code after}, in order. */
    List<String> foreignAfter(String run, String after, int limit);

    void addDifferences(String run, List<Difference> differences);

    /** The run's differences with a {@code seq} above {@code after}, in order. */
    List<Difference> differencesAfter(String run, long after, int limit);

    /** The first {@code limit} differences of one kind. */
    List<Difference> firstOf(String run, DriftKind kind, int limit);

    /** Accounts the run queued whose queue entry is still waiting or worked on (not parked). */
    long stillQueued(String run);

    /** Drops what the run listed of both sides (its differences stay). */
    void dropSnapshot(String run);

    /**
     * Drops the differences and snapshots of every run but {@code keep}: those of the run before, and
     * whatever a run that was killed left behind.
     */
    void dropOtherRuns(String keep);
}
