package dev.iptvbridge.sandbox.portabilling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/** Renders records as the API shows them ({@code account_info}, {@code customer_info}, products, subscriptions). */
final class Views {

    private Views() {
    }

    static Map<String, Object> account(AccountRecord account, LongFunction<Optional<ProductRecord>> products) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("i_account", account.iAccount());
        view.put("id", account.id());
        view.put("i_customer", account.iCustomer());
        view.put("i_env", account.iEnv());
        view.put("i_product", account.iProduct());
        view.put("product_name", products.apply(account.iProduct()).map(ProductRecord::name).orElse(""));
        view.put("blocked", account.blocked() ? "Y" : "N");
        view.put("bill_status", account.billStatus());
        view.put("activation_date", account.activationDate());
        List<Map<String, Object>> addons = new ArrayList<>();
        for (AddonRecord addon : account.addons()) {
            Optional<ProductRecord> product = products.apply(addon.iProduct());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("i_product", addon.iProduct());
            item.put("name", product.map(ProductRecord::name).orElse(""));
            item.put("addon_priority", product.map(ProductRecord::addonPriority).orElse(0));
            item.put("addon_effective_from", addon.effectiveFrom());
            item.put("addon_effective_to", addon.effectiveTo());
            addons.add(item);
        }
        view.put("assigned_addons", addons);
        return view;
    }

    static Map<String, Object> customer(CustomerRecord customer) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("i_customer", customer.iCustomer());
        view.put("name", customer.name());
        view.put("i_env", customer.iEnv());
        view.put("bill_status", customer.billStatus());
        view.put("blocked", customer.blocked() ? "Y" : "N");
        return view;
    }

    static Map<String, Object> product(ProductRecord product) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("i_product", product.iProduct());
        view.put("name", product.name());
        view.put("description", product.description());
        view.put("addon_priority", product.addonPriority());
        return view;
    }

    /**
     * One subscription for the main product and one per add-on (modelled): ids derived from
     * the account and product, so they stay stable between calls.
     */
    static List<Map<String, Object>> subscriptions(AccountRecord account, LongFunction<Optional<ProductRecord>> products) {
        List<Map<String, Object>> result = new ArrayList<>();
        String status = account.closed() ? "closed" : "I".equals(account.billStatus()) ? "pending" : "active";
        products.apply(account.iProduct()).ifPresent(p -> result.add(
                subscription(account, p, account.activationDate(), null, status)));
        for (AddonRecord addon : account.addons()) {
            String finish = addon.effectiveTo() == null ? null : addon.effectiveTo().substring(0, 10);
            products.apply(addon.iProduct()).ifPresent(p -> result.add(
                    subscription(account, p, addon.effectiveFrom().substring(0, 10), finish, status)));
        }
        return result;
    }

    private static Map<String, Object> subscription(AccountRecord account, ProductRecord product, String start, String finish, String status) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("i_account_subscription", account.iAccount() * 1000 + product.iProduct() % 1000);
        view.put("i_subscription", product.iSubscription());
        view.put("name", product.subscriptionName());
        view.put("start_date", start);
        view.put("finish_date", finish);
        view.put("status", status);
        return view;
    }
}
