package dev.iptvbridge.application.port.out;

import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.List;

/**
 * The scratch store of a comparison, kept in the bridge's database so that memory stays flat
 * whatever the number of accounts: what each side listed, and the differences found. One
 * comparison runs at a time per database (the comparison lease), so there is one snapshot:
 * {@link #dropOtherRuns} empties it when a run starts, {@link #dropSnapshot} when it ends. It is
 * filled page by page, then {@link #index}ed once, then walked. Rows may repeat (a list that
 * changed between pages); reads return each account id once, and a page read may hold fewer rows
 * than asked: the walk ends at an empty page. Failures are {@link TransientFailure}s or
 * {@link PermanentFailure}s.
 */
public interface ComparisonSnapshotPort {

    void addAccounts(List<SnapshotAccount> accounts);

    void addCustomers(List<Customer> customers);

    void addPlatform(List<IptvCustomer> customers, List<String> foreign);

    /** Every page has been added: makes the snapshot ready to be walked in id order. */
    void index();

    /**
     * The account ids above {@code after} that either side listed, in id order, about {@code limit}
     * of them: each with billing's account and its customer, the platform's customer, and whether
     * the bridge provisioned it before.
     */
    List<ComparedAccount> comparedAfter(long after, int limit);

    /** The {@code externalId}s of foreign platform customers above {@code after}, in order, each once. */
    List<String> foreignAfter(String after, int limit);

    void addDifferences(String run, List<Difference> differences);

    /** The run's differences with a {@code seq} above {@code after}, in order. */
    List<Difference> differencesAfter(String run, long after, int limit);

    /** The first {@code limit} differences of one kind. */
    List<Difference> firstOf(String run, DriftKind kind, int limit);

    /** Accounts the run queued whose queue entry is still waiting or worked on (not parked). */
    long stillQueued(String run);

    /** Empties the snapshot (the run's differences stay). */
    void dropSnapshot();

    /**
     * Empties the snapshot and drops the differences of every run but {@code keep}: those of the
     * run before, and whatever a run that was killed left behind.
     */
    void dropOtherRuns(String keep);
}
