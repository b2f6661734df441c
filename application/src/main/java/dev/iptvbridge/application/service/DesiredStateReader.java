package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.AccountProducts;
import dev.iptvbridge.application.port.out.AccountProductsPort;
import dev.iptvbridge.application.port.out.BillingPort;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.ProvisioningPolicy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads an account and its customer from billing and computes the desired Minerva customer, with the
 * catalog in use at that moment (read once, so that a reconcile never mixes two catalogs). It records
 * the account's products first, then reads the catalog: a catalog switch that scans the records after
 * it switched therefore finds every account whose reconcile used the catalog it replaced.
 */
public final class DesiredStateReader {

    private final BillingPort billing;
    private final Supplier<ProvisioningPolicy> policy;
    private final AccountProductsPort products;
    private final ServedEnvironment served;
    private final Clock clock;

    /** With one catalog for ever, recording no products. */
    public DesiredStateReader(BillingPort billing, ProvisioningPolicy policy, Clock clock) {
        this(billing, fixed(requireNonNull(policy, "policy is null")), AccountProductsPort.NONE, ServedEnvironment.ALL,
                clock);
    }

    @Inject
    public DesiredStateReader(BillingPort billing, ActiveCatalog catalog, AccountProductsPort products,
                              ServedEnvironment served, Clock clock) {
        this(billing, current(requireNonNull(catalog, "catalog is null")), products, served, clock);
    }

    private DesiredStateReader(BillingPort billing, Supplier<ProvisioningPolicy> policy, AccountProductsPort products,
                               ServedEnvironment served, Clock clock) {
        this.billing = requireNonNull(billing, "billing is null");
        this.policy = policy;
        this.products = requireNonNull(products, "products is null");
        this.served = requireNonNull(served, "served is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    private static Supplier<ProvisioningPolicy> fixed(ProvisioningPolicy policy) {
        return () -> policy;
    }

    private static Supplier<ProvisioningPolicy> current(ActiveCatalog catalog) {
        return () -> new ProvisioningPolicy(catalog.catalog());
    }

    /** @throws dev.iptvbridge.application.port.out.IntegrationException when billing (or the record) cannot be reached */
    public BillingView read(long accountId) {
        return read(accountId, true);
    }

    /** As {@link #read(long)}, recording nothing: for a look that changes nothing, such as explain. */
    public BillingView look(long accountId) {
        return read(accountId, false);
    }

    private BillingView read(long accountId, boolean record) {
        Optional<Account> account = billing.readAccount(accountId);
        Optional<Customer> customer = account.flatMap(found -> billing.readCustomer(found.customerId()));
        Instant now = clock.instant();
        if (!record) {
            return new BillingView(account, customer, policy.get().desired(accountId, account, customer, now), now);
        }
        if (account.isEmpty()) {
            products.forget(accountId);
        } else if (served.serves(account.get().environment())) {
            products.save(new AccountProducts(accountId, account.get().mainProduct(), account.get().addOns(), now));
        }
        return new BillingView(account, customer, policy.get().desired(accountId, account, customer, now), now);
    }
}
