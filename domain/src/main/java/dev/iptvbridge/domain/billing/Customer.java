package dev.iptvbridge.domain.billing;

import static java.util.Objects.requireNonNull;

/**
 * The standing of the PortaBilling customer that owns accounts.
 *
 * @param id      {@code i_customer}
 * @param name    the customer's name, shown in Minerva
 * @param status  open, suspended or closed
 * @param blocked blocked customers lose service like suspended ones
 */
public record Customer(long id, String name, CustomerStatus status, boolean blocked) {

    public Customer {
        requireNonNull(name, "name is null");
        requireNonNull(status, "status is null");
    }

    /** True when the customer's accounts must lose service until the customer is restored. */
    public boolean isSuspended() {
        return blocked || status == CustomerStatus.SUSPENDED;
    }
}
