package dev.iptvbridge.portabilling;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.BillingProduct;
import dev.iptvbridge.application.port.out.ProductListPort;
import dev.iptvbridge.portabilling.ApiRequests.Envelope;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ProductListPort} over PortaBilling's {@code Product/get_product_list}, on the session and
 * circuit breaker of a {@link PortaBillingAdapter}. Thread-safe.
 */
public final class PortaBillingProducts implements ProductListPort {

    private static final String OPERATION = "Product/get_product_list";
    private final PortaBillingAdapter adapter;

    private PortaBillingProducts(PortaBillingAdapter adapter) {
        this.adapter = adapter;
    }

    public static PortaBillingProducts over(PortaBillingAdapter adapter) {
        return new PortaBillingProducts(requireNonNull(adapter, "adapter is null"));
    }

    @Override
    public List<BillingProduct> products(int offset, int limit) {
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("offset must be >= 0 and limit > 0, were " + offset + " and " + limit);
        }
        ProductJson.ProductListAnswer answer = adapter.read(OPERATION, token -> adapter.api().getProductList(token,
                new Envelope<>(new ProductJson.ProductListQuery(limit, offset))));
        if (answer == null || answer.productList() == null) {
            throw AnswerMapper.missing(OPERATION, "product_list");
        }
        List<BillingProduct> products = new ArrayList<>(answer.productList().size());
        for (int i = 0; i < answer.productList().size(); i++) {
            ProductJson.Product json = answer.productList().get(i);
            if (json == null || json.iProduct() == null) {
                throw AnswerMapper.missing(OPERATION, "product_list[" + i + "].i_product");
            }
            String name = json.name() == null ? "" : json.name();
            products.add(new BillingProduct(json.iProduct(), name, json.addonPriority() != null && json.addonPriority() > 0));
        }
        return List.copyOf(products);
    }
}
