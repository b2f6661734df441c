package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.BillingPort;
import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;

/** PortaBilling in memory: accounts and customers by id; can be told to fail the next read. */
public final class FakeBilling implements BillingPort {

    private final Map<Long, Account> accounts = new TreeMap<>();
    private final Map<Long, Customer> customers = new TreeMap<>();
    private final List<String> calls = new ArrayList<>();
    private RuntimeException nextFailure;

    public FakeBilling put(Account account) {
        accounts.put(account.id(), account);
        return this;
    }

    public FakeBilling put(Customer customer) {
        customers.put(customer.id(), customer);
        return this;
    }

    public void forgetAccount(long accountId) {
        accounts.remove(accountId);
    }

    /** The next call of any method throws {@code failure} (an IntegrationException, or any bug). */
    public void failNextCall(RuntimeException failure) {
        nextFailure = failure;
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public Optional<Account> readAccount(long accountId) {
        call("readAccount " + accountId);
        return Optional.ofNullable(accounts.get(accountId));
    }

    @Override
    public Optional<Customer> readCustomer(long customerId) {
        call("readCustomer " + customerId);
        return Optional.ofNullable(customers.get(customerId));
    }

    @Override
    public Page<Account> listAccounts(OptionalLong customerId, OptionalInt environment, int offset, int limit) {
        call("listAccounts " + customerId + " " + environment + " " + offset + " " + limit);
        List<Account> matching = accounts.values().stream()
                .filter(account -> customerId.isEmpty() || account.customerId() == customerId.getAsLong())
                .filter(account -> environment.isEmpty() || account.environment().equals(environment))
                .toList();
        List<Account> page = matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()));
        return new Page<>(page, matching.size());
    }

    private void call(String call) {
        calls.add(call);
        if (nextFailure != null) {
            RuntimeException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
    }
}
