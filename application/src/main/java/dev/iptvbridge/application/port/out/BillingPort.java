package dev.iptvbridge.application.port.out;

import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.Customer;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads PortaBilling. Empty answers mean the billing system no longer knows the account or
 * customer, which the bridge reads as terminated. Failures are {@link IntegrationException}s.
 */
public interface BillingPort {

    Optional<Account> readAccount(long accountId);

    Optional<Customer> readCustomer(long customerId);

    /**
     * Accounts page by page, closed ones included.
     *
     * @param customerId  only this customer's accounts, when present
     * @param environment only accounts of this billing environment, when present
     */
    Page<Account> listAccounts(OptionalLong customerId, OptionalInt environment, int offset, int limit);
}
