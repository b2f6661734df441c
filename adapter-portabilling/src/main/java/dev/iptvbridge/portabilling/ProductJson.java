package dev.iptvbridge.portabilling;

import java.util.List;

/** The JSON of {@code Product/get_product_list}, as sent and as read (every answered field may be missing). */
final class ProductJson {

    private ProductJson() {
    }

    record ProductListQuery(int limit, int offset) {
    }

    record ProductListAnswer(List<Product> productList) {
    }

    /** {@code addon_priority} 0 is a main product, above 0 an add-on. */
    record Product(Long iProduct, String name, String description, Integer addonPriority) {
    }
}
