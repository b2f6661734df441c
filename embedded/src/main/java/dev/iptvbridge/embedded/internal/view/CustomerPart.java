package dev.iptvbridge.embedded.internal.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.iptvbridge.domain.billing.Customer;

/** Billing's customer of the account. */
public record CustomerPart(@JsonProperty("i_customer") long id, String name, String status, boolean blocked) {

    static CustomerPart of(Customer customer) {
        return new CustomerPart(customer.id(), customer.name(), customer.status().name(), customer.blocked());
    }
}
