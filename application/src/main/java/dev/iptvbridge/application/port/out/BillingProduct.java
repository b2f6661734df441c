package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

/**
 * A product billing sells, as its product list shows it.
 *
 * @param id    its {@code i_product}
 * @param name  its name, as the operator sees it
 * @param addOn true for an add-on (PortaBilling's {@code addon_priority} above 0), false for a main product
 */
public record BillingProduct(long id, String name, boolean addOn) {

    public BillingProduct {
        requireNonNull(name, "name is null");
    }
}
