package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.Optional;

/**
 * One account id of a comparison, with what each side's snapshot holds for it.
 *
 * @param account            the account in billing's list; empty when billing does not list it
 * @param customer           its customer in billing's customer list; empty when not listed
 * @param platform           the customer the platform holds; empty when none
 * @param provisionedBefore  the bridge's applied state says it made this customer (so an unlisted
 *                           account was purged, not never known)
 */
public record ComparedAccount(long accountId, Optional<SnapshotAccount> account, Optional<Customer> customer,
                              Optional<IptvCustomer> platform, boolean provisionedBefore) {

    public ComparedAccount {
        requireNonNull(account, "account is null");
        requireNonNull(customer, "customer is null");
        requireNonNull(platform, "platform is null");
    }
}
