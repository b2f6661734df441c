package dev.iptvbridge.application.port.out;

import dev.iptvbridge.domain.billing.Customer;
import java.util.OptionalInt;

/**
 * Lists PortaBilling's customers page by page (closed ones included), for the comparison of the two
 * systems. The list promises no order; a customer may appear twice or be missed when the list
 * changes between pages. Failures are {@link IntegrationException}s.
 */
public interface CustomerListPort {

    /** @param environment only customers of this billing environment, when present */
    Page<Customer> listCustomers(OptionalInt environment, int offset, int limit);
}
