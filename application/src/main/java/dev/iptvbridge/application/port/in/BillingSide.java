package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import java.util.Optional;

/**
 * An account as billing holds it now, its customer, and what they call for in Minerva.
 *
 * @param account  empty when billing does not know the account (closed and gone, or never there)
 * @param customer empty when there is no account or billing does not know its customer
 * @param desired  what Minerva should hold, by the lifecycle rules
 */
public record BillingSide(Optional<Account> account, Optional<Customer> customer, DesiredCustomer desired) {

    public BillingSide {
        requireNonNull(account, "account is null");
        requireNonNull(customer, "customer is null");
        requireNonNull(desired, "desired is null");
    }
}
