package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.BillingPort;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.ProvisioningPolicy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads an account and its customer from billing and computes the desired Minerva customer. */
public final class DesiredStateReader {

    private final BillingPort billing;
    private final Supplier<ProvisioningPolicy> policy;
    private final Clock clock;

    /** With one catalog for ever. */
    public DesiredStateReader(BillingPort billing, ProvisioningPolicy policy, Clock clock) {
        this(billing, () -> policy, clock);
        requireNonNull(policy, "policy is null");
    }

    /** With the catalog in use at each read's start, so that a reconcile never mixes two catalogs. */
    @Inject
    public DesiredStateReader(BillingPort billing, ActiveCatalog catalog, Clock clock) {
        this(billing, () -> new ProvisioningPolicy(catalog.catalog()), clock);
        requireNonNull(catalog, "catalog is null");
    }

    private DesiredStateReader(BillingPort billing, Supplier<ProvisioningPolicy> policy, Clock clock) {
        this.billing = requireNonNull(billing, "billing is null");
        this.policy = policy;
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** @throws dev.iptvbridge.application.port.out.IntegrationException when billing cannot be read */
    public BillingView read(long accountId) {
        Optional<Account> account = billing.readAccount(accountId);
        Optional<Customer> customer = account.flatMap(found -> billing.readCustomer(found.customerId()));
        return new BillingView(account, customer, policy.get().desired(accountId, account, customer, clock.instant()));
    }
}
