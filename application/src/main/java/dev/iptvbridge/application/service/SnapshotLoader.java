package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.ComparePhase;
import dev.iptvbridge.application.port.in.ProgressListener;
import dev.iptvbridge.application.port.out.BillingPort;
import dev.iptvbridge.application.port.out.ComparisonSnapshotPort;
import dev.iptvbridge.application.port.out.CustomerListPort;
import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.application.port.out.PlatformListingPort;
import dev.iptvbridge.application.port.out.PlatformPage;
import dev.iptvbridge.application.port.out.SnapshotAccount;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.Customer;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** Pages through billing's accounts and customers and the platform's customers into the snapshot. */
final class SnapshotLoader {

    static final int BILLING_PAGE = 500;
    static final int MINERVA_PAGE = 1000;
    // Pages read but not yet written: enough to cover a write's time, a few pages of memory.
    static final int WRITES_AHEAD = 4;

    private final BillingPort billing;
    private final CustomerListPort customers;
    private final PlatformListingPort platform;
    private final ComparisonSnapshotPort snapshot;
    private final ServedEnvironment served;
    private final ComparisonSettings settings;

    SnapshotLoader(BillingPort billing, CustomerListPort customers, PlatformListingPort platform,
                   ComparisonSnapshotPort snapshot, ServedEnvironment served, ComparisonSettings settings) {
        this.billing = requireNonNull(billing, "billing is null");
        this.customers = requireNonNull(customers, "customers is null");
        this.platform = requireNonNull(platform, "platform is null");
        this.snapshot = requireNonNull(snapshot, "snapshot is null");
        this.served = requireNonNull(served, "served is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    /**
     * Fills the snapshot, then indexes it; {@code beat} runs after every page so that the run's lease
     * stays held.
     *
     * @return the billing accounts and Minerva customers read (repeats included): what the walk will meet
     */
    long load(Instant moment, ProgressListener progress, Runnable beat) {
        long read;
        try (SnapshotWriter writer = new SnapshotWriter(WRITES_AHEAD)) {
            PagedReader billingPages = new PagedReader(settings.billingPageReads(), BILLING_PAGE);
            read = billingPages.readAll(index -> {
                Page<Account> page = billing.listAccounts(OptionalLong.empty(), served.environment(),
                        index * BILLING_PAGE, BILLING_PAGE);
                List<SnapshotAccount> accounts = page.items().stream().map(a -> SnapshotAccount.of(a, moment)).toList();
                writer.write(() -> snapshot.addAccounts(accounts));
                beat.run();
                return new PagedReader.Answer(page.items().size(), page.total());
            }, progress, ComparePhase.BILLING_ACCOUNTS);
            billingPages.readAll(index -> {
                Page<Customer> page = customers.listCustomers(served.environment(), index * BILLING_PAGE, BILLING_PAGE);
                writer.write(() -> snapshot.addCustomers(page.items()));
                beat.run();
                return new PagedReader.Answer(page.items().size(), page.total());
            }, progress, ComparePhase.BILLING_CUSTOMERS);
            read += new PagedReader(settings.minervaPageReads(), MINERVA_PAGE).readAll(index -> {
                PlatformPage page = platform.listEverything(index, MINERVA_PAGE);
                writer.write(() -> snapshot.addPlatform(page.customers(), page.foreign()));
                beat.run();
                return new PagedReader.Answer(page.size(), page.total());
            }, progress, ComparePhase.MINERVA);
            writer.flush();
        }
        progress.progress(0, -1, ComparePhase.INDEXING);
        snapshot.index();
        beat.run();
        return read;
    }
}
