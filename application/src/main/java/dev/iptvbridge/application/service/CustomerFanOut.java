package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.BillingPort;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.domain.billing.Account;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

/** A customer event concerns every account of the customer: queue each of them. */
public final class CustomerFanOut {

    static final int PAGE_SIZE = 500;

    private final BillingPort billing;
    private final WorkQueuePort queue;
    private final ServedEnvironment served;
    private final Clock clock;

    @Inject
    public CustomerFanOut(BillingPort billing, WorkQueuePort queue, ServedEnvironment served, Clock clock) {
        this.billing = requireNonNull(billing, "billing is null");
        this.queue = requireNonNull(queue, "queue is null");
        this.served = requireNonNull(served, "served is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Queues the customer's accounts; returns the failure that stopped the listing, if one did. */
    Optional<IntegrationException> queueAccountsOf(long customerId) {
        try {
            int offset = 0;
            Page<Account> page;
            do {
                page = billing.listAccounts(OptionalLong.of(customerId), served.environment(), offset, PAGE_SIZE);
                page.items().forEach(account -> queue.enqueue(WorkKey.account(account.id()), clock.instant()));
                offset += page.items().size();
            } while (!page.items().isEmpty() && offset < page.total());
            return Optional.empty();
        } catch (IntegrationException failure) {
            return Optional.of(failure);
        }
    }
}
