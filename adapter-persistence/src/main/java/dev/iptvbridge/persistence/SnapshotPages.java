package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.ComparedAccount;
import dev.iptvbridge.application.port.out.SnapshotAccount;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import org.jdbi.v3.core.Handle;

/**
 * One page of the comparison's walk: a merge of two keyset cursors in account id order (billing's
 * accounts and the platform's customers, each an index range scan), then one lookup of the page's
 * customers and one of the unbilled ids the bridge provisioned. No join: a join of three
 * million-row tables is where H2 spent the time (ADR 0011).
 */
final class SnapshotPages {

    private SnapshotPages() {
    }

    static List<ComparedAccount> after(Handle handle, long after, int limit) {
        List<SnapshotAccount> accounts = handle.createQuery(ComparisonSql.ACCOUNTS).bind("after", after)
                .bind("limit", limit).map((rs, ctx) -> SnapshotRows.account(rs)).list();
        List<IptvCustomer> platform = handle.createQuery(ComparisonSql.PLATFORM).bind("after", after)
                .bind("limit", limit).map((rs, ctx) -> SnapshotRows.platform(rs)).list();
        // A full page may go on past its last id: this page ends where the first full cursor does.
        long upTo = Math.min(end(accounts, limit, SnapshotAccount::id), end(platform, limit, IptvCustomer::account));
        Map<Long, SnapshotAccount> billed = firstOfEach(accounts, SnapshotAccount::id, upTo);
        Map<Long, IptvCustomer> held = firstOfEach(platform, IptvCustomer::account, upTo);
        Map<Long, Customer> customers = customers(handle, billed.values());
        Set<Long> provisioned = provisioned(handle, held.keySet(), billed.keySet());
        Set<Long> ids = new TreeSet<>(billed.keySet());
        ids.addAll(held.keySet());
        List<ComparedAccount> page = new ArrayList<>(ids.size());
        for (long id : ids) {
            Optional<SnapshotAccount> account = Optional.ofNullable(billed.get(id));
            page.add(new ComparedAccount(id, account,
                    account.map(a -> customers.get(a.customerId())), Optional.ofNullable(held.get(id)),
                    provisioned.contains(id)));
        }
        return page;
    }

    private static <T> long end(List<T> rows, int limit, ToLongFunction<T> id) {
        return rows.size() < limit ? Long.MAX_VALUE : id.applyAsLong(rows.get(rows.size() - 1));
    }

    // Rows come in id order; a repeat of a listing is skipped, the first one kept.
    private static <T> Map<Long, T> firstOfEach(List<T> rows, ToLongFunction<T> id, long upTo) {
        Map<Long, T> kept = new HashMap<>();
        for (T row : rows) {
            long key = id.applyAsLong(row);
            if (key <= upTo) {
                kept.putIfAbsent(key, row);
            }
        }
        return kept;
    }

    private static Map<Long, Customer> customers(Handle handle, Iterable<SnapshotAccount> accounts) {
        Set<Long> ids = new LinkedHashSet<>();
        accounts.forEach(account -> ids.add(account.customerId()));
        Map<Long, Customer> found = new HashMap<>();
        if (!ids.isEmpty()) {
            handle.createQuery(ComparisonSql.CUSTOMERS).bindList("ids", List.copyOf(ids))
                    .map((rs, ctx) -> SnapshotRows.customer(rs))
                    .forEach(customer -> found.putIfAbsent(customer.id(), customer));
        }
        return found;
    }

    // Only an id billing does not list needs it: was it purged, or never the bridge's?
    private static Set<Long> provisioned(Handle handle, Set<Long> held, Set<Long> billed) {
        List<Long> unbilled = held.stream().filter(id -> !billed.contains(id)).toList();
        if (unbilled.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(handle.createQuery(ComparisonSql.PROVISIONED).bindList("ids", unbilled)
                .mapTo(Long.class).list());
    }
}
