package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import java.time.Instant;
import java.util.Optional;

/**
 * An account and its customer as billing holds them now, and what they call for in Minerva.
 *
 * @param at the instant {@code desired} was computed for: dated add-ons count as of then
 */
public record BillingView(Optional<Account> account, Optional<Customer> customer, DesiredCustomer desired,
                          Instant at) {

    public BillingView {
        requireNonNull(account, "account is null");
        requireNonNull(customer, "customer is null");
        requireNonNull(desired, "desired is null");
        requireNonNull(at, "at is null");
    }

    /** When the desired state changes with no change in billing: the next start or end of one of the add-ons. */
    public Optional<Instant> nextAddOnChange() {
        return account.flatMap(found -> found.nextAddOnChangeAfter(at));
    }
}
