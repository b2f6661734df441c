package dev.iptvbridge.sandbox.portabilling;

import dev.iptvbridge.sandbox.world.HashOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongPredicate;

/**
 * The store's accounts and customers in their list order (a seeded hash, not the order of ids),
 * built when first needed and kept until a change makes it stale, so that paging a million
 * records costs one sort and then a slice per page, not a scan per page. Not thread-safe: the
 * store calls it under its lock.
 */
final class ListOrders {

    /** One page and the number of records that match the filter. */
    record Page<T>(List<T> items, int total) { }

    private final Map<Long, AccountRecord> accounts;
    private final Map<Long, CustomerRecord> customers;
    private final long seed;
    private long[] accountOrder;
    private long[] customerOrder;
    private Map<Long, long[]> byCustomer;
    private final Map<String, long[]> filtered = new HashMap<>();
    private final Map<Long, long[]> customersByEnv = new HashMap<>();

    ListOrders(Map<Long, AccountRecord> accounts, Map<Long, CustomerRecord> customers, long seed) {
        this.accounts = accounts;
        this.customers = customers;
        this.seed = seed;
    }

    /** An account was added or removed: every order of accounts is stale. */
    void accountsAdded() {
        accountOrder = null;
        byCustomer = null;
        filtered.clear();
    }

    /** An account changed: the filtered orders (status, environment) are stale, the order itself is not. */
    void accountsChanged() {
        filtered.clear();
    }

    void customersAdded() {
        customerOrder = null;
        customersByEnv.clear();
    }

    /** A customer changed: the orders filtered by environment are stale. */
    void customersChanged() {
        customersByEnv.clear();
    }

    Page<AccountRecord> accounts(OptionalLong iCustomer, OptionalLong iEnv, boolean notClosed, int offset, int limit) {
        LongPredicate keep = id -> {
            AccountRecord a = accounts.get(id);
            return (iEnv.isEmpty() || a.iEnv() == iEnv.getAsLong()) && (!notClosed || !a.closed());
        };
        long[] matching;
        if (iCustomer.isPresent()) {
            matching = filter(byCustomer().getOrDefault(iCustomer.getAsLong(), new long[0]), keep);
        } else if (iEnv.isEmpty() && !notClosed) {
            matching = accountOrder();
        } else {
            matching = filtered.computeIfAbsent(iEnv + "/" + notClosed, k -> filter(accountOrder(), keep));
        }
        return slice(matching, offset, limit, accounts);
    }

    Page<CustomerRecord> customers(OptionalLong iEnv, int offset, int limit) {
        if (customerOrder == null) {
            customerOrder = HashOrder.sort(keys(customers), seed);
        }
        long[] order = customerOrder;
        long[] matching = iEnv.isEmpty() ? order : customersByEnv.computeIfAbsent(iEnv.getAsLong(),
                env -> filter(order, id -> customers.get(id).iEnv() == env));
        return slice(matching, offset, limit, customers);
    }

    private long[] accountOrder() {
        if (accountOrder == null) {
            accountOrder = HashOrder.sort(keys(accounts), seed);
        }
        return accountOrder;
    }

    private Map<Long, long[]> byCustomer() {
        if (byCustomer == null) {
            Map<Long, List<Long>> lists = new HashMap<>();
            for (long id : accountOrder()) {
                lists.computeIfAbsent(accounts.get(id).iCustomer(), k -> new ArrayList<>(4)).add(id);
            }
            byCustomer = new HashMap<>();
            lists.forEach((customer, ids) -> byCustomer.put(customer, ids.stream().mapToLong(Long::longValue).toArray()));
        }
        return byCustomer;
    }

    private static long[] filter(long[] ids, LongPredicate keep) {
        long[] kept = new long[ids.length];
        int n = 0;
        for (long id : ids) {
            if (keep.test(id)) {
                kept[n++] = id;
            }
        }
        return java.util.Arrays.copyOf(kept, n);
    }

    private static long[] keys(Map<Long, ?> map) {
        long[] ids = new long[map.size()];
        int i = 0;
        for (Long id : map.keySet()) {
            ids[i++] = id;
        }
        return ids;
    }

    private static <T> Page<T> slice(long[] ids, int offset, int limit, Map<Long, T> records) {
        List<T> items = new ArrayList<>();
        long end = Math.min(ids.length, (long) offset + limit);
        for (int i = offset; i < end; i++) {
            items.add(records.get(ids[i]));
        }
        return new Page<>(items, ids.length);
    }
}
