package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.ProgressListener;
import dev.iptvbridge.application.port.in.ReconcileAllResult;
import dev.iptvbridge.application.port.in.ReconcileAllUseCase;
import dev.iptvbridge.application.port.out.BillingPort;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.OptionalLong;

/** Queues every billing account of the served environment and every Minerva customer. */
public final class ReconcileAllService implements ReconcileAllUseCase {

    static final int PAGE_SIZE = 500;

    private final BillingPort billing;
    private final IptvPlatformPort platform;
    private final WorkQueuePort queue;
    private final ServedEnvironment served;
    private final Clock clock;

    @Inject
    public ReconcileAllService(BillingPort billing, IptvPlatformPort platform, WorkQueuePort queue,
                               ServedEnvironment served, Clock clock) {
        this.billing = requireNonNull(billing, "billing is null");
        this.platform = requireNonNull(platform, "platform is null");
        this.queue = requireNonNull(queue, "queue is null");
        this.served = requireNonNull(served, "served is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public ReconcileAllResult reconcileAll(ProgressListener progress) {
        long accounts = 0;
        Page<Account> accountPage;
        do {
            accountPage = billing.listAccounts(OptionalLong.empty(), served.environment(), (int) accounts, PAGE_SIZE);
            accountPage.items().forEach(account -> queue.enqueue(WorkKey.account(account.id()), clock.instant()));
            accounts += accountPage.items().size();
            progress.progress(accounts, accountPage.total(), "billing accounts queued");
        } while (!accountPage.items().isEmpty() && accounts < accountPage.total());

        // Minerva customers whose account billing forgot are queued too: their reconcile deletes them.
        long customers = 0;
        Page<IptvCustomer> customerPage;
        int page = 0;
        do {
            customerPage = platform.list(page++, PAGE_SIZE);
            customerPage.items().forEach(customer -> queue.enqueue(WorkKey.account(customer.account()), clock.instant()));
            customers += customerPage.items().size();
            progress.progress(customers, customerPage.total(), "Minerva customers queued");
        } while (!customerPage.items().isEmpty() && customers < customerPage.total());
        return new ReconcileAllResult(accounts, customers, accounts + customers);
    }
}
