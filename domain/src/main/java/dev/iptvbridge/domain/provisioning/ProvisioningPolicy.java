package dev.iptvbridge.domain.provisioning;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.domain.catalog.Catalog;
import java.time.Instant;
import java.util.Optional;

/**
 * The lifecycle table of the seed, as one function: what Minerva should hold for an account
 * given what billing says now. Reasons are checked in a fixed order, so that the audit trail
 * names the most decisive one: terminated, not yet active, blocked, customer suspended, no IPTV.
 */
public final class ProvisioningPolicy {

    private final Catalog catalog;

    public ProvisioningPolicy(Catalog catalog) {
        this.catalog = requireNonNull(catalog, "catalog is null");
    }

    /**
     * @param accountId the account asked about, used when billing no longer knows it
     * @param account   the account as billing holds it now; empty when it vanished
     * @param customer  its customer; empty when it vanished
     * @param now       the moment that decides which add-ons are effective
     */
    public DesiredCustomer desired(long accountId, Optional<Account> account, Optional<Customer> customer, Instant now) {
        requireNonNull(now, "now is null");
        if (account.isEmpty() || customer.isEmpty() || account.get().billStatus() == BillStatus.CLOSED
                || customer.get().status() == CustomerStatus.CLOSED) {
            return new DesiredCustomer.Absent(accountId, Reason.TERMINATED);
        }
        Account current = account.get();
        Profile profile = new Profile(current.displayId(), customer.get().name());
        Optional<Reason> reason = disablingReason(current, customer.get());
        if (reason.isPresent()) {
            return new DesiredCustomer.Disabled(accountId, profile, reason.get());
        }
        return new DesiredCustomer.Enabled(accountId, profile,
                catalog.entitlement(current.mainProduct(), current.addOnProductsEffectiveAt(now)));
    }

    private Optional<Reason> disablingReason(Account account, Customer customer) {
        if (account.billStatus() == BillStatus.INACTIVE) {
            return Optional.of(Reason.NOT_YET_ACTIVE);
        }
        if (account.blocked()) {
            return Optional.of(Reason.BLOCKED);
        }
        if (customer.isSuspended()) {
            return Optional.of(Reason.CUSTOMER_SUSPENDED);
        }
        if (!catalog.isIptvProduct(account.mainProduct())) {
            return Optional.of(Reason.PRODUCT_WITHOUT_IPTV);
        }
        return Optional.empty();
    }
}
