package dev.iptvbridge.application.port.out;

import java.util.List;

/**
 * Billing's list of products (PortaBilling's {@code Product/get_product_list}), main products and
 * add-ons alike, read a page at a time. May throw an {@link IntegrationException}.
 */
public interface ProductListPort {

    /**
     * @param offset how many products to pass over, 0 or more
     * @param limit  the most to answer, 1 or more
     * @return the page; fewer than {@code limit} products means it is the last one
     */
    List<BillingProduct> products(int offset, int limit);
}
