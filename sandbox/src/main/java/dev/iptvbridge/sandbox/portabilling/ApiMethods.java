package dev.iptvbridge.sandbox.portabilling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** The modelled PortaBilling methods, by {@code Service/method}. */
final class ApiMethods {

    /** Methods callable without a session. */
    static final Set<String> ANONYMOUS = Set.of("Session/login", "Session/refresh_access_token");

    private final BillingStore store;
    private final Transactions transactions;
    private final Map<String, ApiMethod> methods = new HashMap<>();

    ApiMethods(BillingStore store, SessionStore sessions, Transactions transactions) {
        this.store = store;
        this.transactions = transactions;
        methods.put("Account/make_transaction", (p, s) -> transactions.make(p));
        methods.put("Account/get_xdr_list", (p, s) -> transactions.xdrList(p));
        methods.put("Session/login", (p, s) -> sessions.login(p));
        methods.put("Session/refresh_access_token", (p, s) -> sessions.refresh(p));
        methods.put("Session/logout", (p, s) -> {
            sessions.logout(s.accessToken);
            return Map.of("success", 1);
        });
        methods.put("Account/get_account_info", (p, s) -> accountInfo(p));
        methods.put("Account/get_account_list", (p, s) -> accountList(p));
        methods.put("Account/add_account", (p, s) -> Map.of("i_account", store.addAccount(Params.requireObject(p, "account_info"))));
        methods.put("Account/update_account", (p, s) -> {
            Map<String, Object> info = Params.requireObject(p, "account_info");
            long iAccount = Params.requireLong(info, "i_account");
            store.updateAccount(iAccount, info);
            return Map.of("i_account", iAccount);
        });
        methods.put("Account/terminate_account", (p, s) -> {
            store.terminateAccount(Params.requireLong(p, "i_account"));
            return Map.of("success", 1);
        });
        methods.put("Account/get_subscriptions", (p, s) -> subscriptions(p));
        methods.put("Customer/get_customer_info", (p, s) -> store.customer(Params.requireLong(p, "i_customer"))
                .<Map<String, Object>>map(c -> Map.of("customer_info", Views.customer(c))).orElse(Map.of()));
        methods.put("Customer/get_customer_list", (p, s) -> customerList(p));
        methods.put("Customer/add_customer", (p, s) -> Map.of("i_customer", store.addCustomer(Params.requireObject(p, "customer_info"))));
        methods.put("Customer/update_customer", (p, s) -> {
            Map<String, Object> info = Params.requireObject(p, "customer_info");
            long iCustomer = Params.requireLong(info, "i_customer");
            store.updateCustomer(iCustomer, info);
            return Map.of("i_customer", iCustomer);
        });
        methods.put("Product/get_product_list", (p, s) -> productList(p));
        methods.put("Subscription/get_subscription_list", (p, s) -> subscriptionList(p));
    }

    Optional<ApiMethod> find(String name) {
        return Optional.ofNullable(methods.get(name));
    }

    Map<String, Object> accountView(AccountRecord account) {
        Map<String, Object> view = Views.account(account, store::product);
        Optional<String> currency = transactions.currency(account.iAccount());
        if (currency.isEmpty()) {
            return view;
        }
        Map<String, Object> withCurrency = new LinkedHashMap<>(view);
        withCurrency.put("iso_4217", currency.get());
        return withCurrency;
    }

    private Map<String, Object> accountInfo(Map<String, Object> p) {
        OptionalLong iAccount = Params.optionalLong(p, "i_account");
        Optional<AccountRecord> account;
        if (iAccount.isPresent()) {
            account = store.account(iAccount.getAsLong());
        } else {
            String id = Params.optionalText(p, "id").orElseThrow(
                    () -> Fault.badRequest("'i_account' (or 'id') is required, e.g. {\"i_account\": 1000889}"));
            account = store.accounts(a -> a.id().equals(id)).stream().reduce((first, later) -> later.closed() ? first : later);
        }
        // An unknown account answers {} without account_info, as PortaBilling does.
        return account.<Map<String, Object>>map(a -> Map.of("account_info", accountView(a))).orElse(Map.of());
    }

    private Map<String, Object> accountList(Map<String, Object> p) {
        ListOrders.Page<AccountRecord> found = store.accountPage(Params.optionalLong(p, "i_customer"),
                Params.optionalLong(p, "i_env"), Params.optionalFlag(p, "get_not_closed_accounts").orElse(false),
                Params.intOr(p, "offset", 0), Params.intOr(p, "limit", Integer.MAX_VALUE));
        List<Map<String, Object>> page = new ArrayList<>();
        for (AccountRecord account : found.items()) {
            page.add(accountView(account));
        }
        return listAnswer("account_list", page, found.total(), p);
    }

    private Map<String, Object> customerList(Map<String, Object> p) {
        ListOrders.Page<CustomerRecord> found = store.customerPage(Params.optionalLong(p, "i_env"),
                Params.intOr(p, "offset", 0), Params.intOr(p, "limit", Integer.MAX_VALUE));
        List<Map<String, Object>> page = new ArrayList<>();
        for (CustomerRecord customer : found.items()) {
            page.add(Views.customer(customer));
        }
        return listAnswer("customer_list", page, found.total(), p);
    }

    private static Map<String, Object> listAnswer(String key, List<Map<String, Object>> page, int total, Map<String, Object> p) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(key, page);
        if (Params.optionalFlag(p, "get_total").orElse(false)) {
            answer.put("total", total);
        }
        return answer;
    }

    private Map<String, Object> productList(Map<String, Object> p) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ProductRecord product : page(store.products(), p)) {
            list.add(Views.product(product));
        }
        return Map.of("product_list", list);
    }

    private Map<String, Object> subscriptions(Map<String, Object> p) {
        long iAccount = Params.requireLong(p, "i_account");
        AccountRecord account = store.account(iAccount).orElseThrow(() -> new Fault(Fault.NOT_FOUND,
                "account " + iAccount + " does not exist: check i_account with Account/get_account_list"));
        return Map.of("subscriptions", store.subscriptionsSet(iAccount)
                .orElseGet(() -> Views.subscriptions(account, store::product)));
    }

    // The subscriptions the products carry and those set by hand, once each by i_subscription.
    private Map<String, Object> subscriptionList(Map<String, Object> p) {
        Map<Long, Map<String, Object>> byId = new java.util.TreeMap<>();
        for (ProductRecord product : store.products()) {
            byId.putIfAbsent(product.iSubscription(), Map.of("i_subscription", product.iSubscription(),
                    "name", product.subscriptionName()));
        }
        for (Map<String, Object> set : store.subscriptionsSet()) {
            long id = Params.requireLong(set, "i_subscription");
            byId.putIfAbsent(id, Map.of("i_subscription", id, "name", String.valueOf(set.getOrDefault("name", ""))));
        }
        return Map.of("subscription_list", page(new ArrayList<>(byId.values()), p));
    }

    private static <T> List<T> page(List<T> all, Map<String, Object> p) {
        int offset = Params.intOr(p, "offset", 0);
        int limit = Params.intOr(p, "limit", Integer.MAX_VALUE);
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList(offset, (int) Math.min(all.size(), (long) offset + limit));
    }
}
