package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import java.util.Optional;

/** An account and its customer as billing holds them now, and what they call for in Minerva. */
public record BillingView(Optional<Account> account, Optional<Customer> customer, DesiredCustomer desired) {

    public BillingView {
        requireNonNull(account, "account is null");
        requireNonNull(customer, "customer is null");
        requireNonNull(desired, "desired is null");
    }
}
