package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.BillingPort;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.ProvisioningPolicy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Reads an account and its customer from billing and computes the desired Minerva customer. */
public final class DesiredStateReader {

    private final BillingPort billing;
    private final ProvisioningPolicy policy;
    private final Clock clock;

    @Inject
    public DesiredStateReader(BillingPort billing, ProvisioningPolicy policy, Clock clock) {
        this.billing = requireNonNull(billing, "billing is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** @throws dev.iptvbridge.application.port.out.IntegrationException when billing cannot be read */
    public BillingView read(long accountId) {
        Optional<Account> account = billing.readAccount(accountId);
        Optional<Customer> customer = account.flatMap(found -> billing.readCustomer(found.customerId()));
        Instant now = clock.instant();
        return new BillingView(account, customer, policy.desired(accountId, account, customer, now), now);
    }
}
