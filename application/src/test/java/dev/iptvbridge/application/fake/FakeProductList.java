package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.BillingProduct;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.ProductListPort;
import java.util.ArrayList;
import java.util.List;

/** Billing's product list in memory, paged as PortaBilling pages it; it can be made to fail. */
public final class FakeProductList implements ProductListPort {

    private final List<BillingProduct> products = new ArrayList<>();
    private IntegrationException failure;
    private int pagesRead;

    public FakeProductList sell(long id, String name) {
        products.add(new BillingProduct(id, name, false));
        return this;
    }

    public FakeProductList sellAddOn(long id, String name) {
        products.add(new BillingProduct(id, name, true));
        return this;
    }

    /** Every read from now on throws {@code failure}; null reads again. */
    public void failWith(IntegrationException failure) {
        this.failure = failure;
    }

    public int pagesRead() {
        return pagesRead;
    }

    @Override
    public List<BillingProduct> products(int offset, int limit) {
        if (failure != null) {
            throw failure;
        }
        pagesRead++;
        int from = Math.min(offset, products.size());
        return List.copyOf(products.subList(from, Math.min(products.size(), from + limit)));
    }
}
