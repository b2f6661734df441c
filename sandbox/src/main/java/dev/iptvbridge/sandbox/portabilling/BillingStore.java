package dev.iptvbridge.sandbox.portabilling;

import dev.iptvbridge.sandbox.world.HashOrder;
import dev.iptvbridge.sandbox.world.World;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The simulator's billing data. Every change goes through here and hands the events
 * PortaBilling would emit to the sink, in the order they happened, under the same lock.
 */
final class BillingStore {

    private final Clock clock;
    private final Consumer<ProvisioningEvent> sink;
    private final TreeMap<Long, ProductRecord> products = new TreeMap<>();
    private final TreeMap<Long, CustomerRecord> customers = new TreeMap<>();
    private final TreeMap<Long, AccountRecord> accounts = new TreeMap<>();
    private final ListOrders orders = new ListOrders(accounts, customers, HashOrder.DEFAULT_SEED);
    // Subscriptions set by hand for an account, in place of those its products carry.
    private final TreeMap<Long, List<Map<String, Object>>> subscriptions = new TreeMap<>();
    private int environment = 1;
    // Never reset, so that ids are not reused after a reset: the bridge may still remember old ones.
    private long nextAccount = 1_000_000;
    private long nextCustomer = 5_000;

    BillingStore(Clock clock, Consumer<ProvisioningEvent> sink) {
        this.clock = clock;
        this.sink = sink;
    }

    /** Replaces all data, without events. */
    synchronized void load(Scenario scenario) {
        clear();
        environment = scenario.environment();
        scenario.products().forEach(p -> products.put(p.iProduct(), p));
        scenario.customers().forEach(c -> customers.put(c.iCustomer(), c));
        scenario.accounts().forEach(a -> accounts.put(a.iAccount(), a));
        bumpCounters();
        scenario.world().ifPresent(spec -> WorldLoader.load(this, World.generate(spec)));
    }

    /** Adds records as they are, without events: a generated world that was "already there". */
    synchronized void put(CustomerRecord customer) {
        customers.put(customer.iCustomer(), customer);
        orders.customersAdded();
    }

    synchronized void put(AccountRecord account) {
        accounts.put(account.iAccount(), account);
        orders.accountsAdded();
    }

    /** Call after a series of {@link #put}s, so that new ids follow the generated ones. */
    synchronized void loaded() {
        bumpCounters();
    }

    synchronized void clear() {
        products.clear();
        customers.clear();
        accounts.clear();
        subscriptions.clear();
        environment = 1;
        orders.accountsAdded();
        orders.customersAdded();
    }

    synchronized int environment() {
        return environment;
    }

    synchronized Optional<AccountRecord> account(long iAccount) {
        return Optional.ofNullable(accounts.get(iAccount));
    }

    /** Replaces the subscriptions the account's products carry by these, as {@code Account/get_subscriptions} shows them. */
    synchronized void setSubscriptions(long iAccount, List<Map<String, Object>> list) {
        subscriptions.put(iAccount, List.copyOf(list));
    }

    synchronized Optional<List<Map<String, Object>>> subscriptionsSet(long iAccount) {
        return Optional.ofNullable(subscriptions.get(iAccount));
    }

    /** Every subscription set by hand, for {@code Subscription/get_subscription_list}. */
    synchronized List<Map<String, Object>> subscriptionsSet() {
        List<Map<String, Object>> all = new ArrayList<>();
        subscriptions.values().forEach(all::addAll);
        return all;
    }

    synchronized Optional<CustomerRecord> customer(long iCustomer) {
        return Optional.ofNullable(customers.get(iCustomer));
    }

    synchronized Optional<ProductRecord> product(long iProduct) {
        return Optional.ofNullable(products.get(iProduct));
    }

    synchronized List<ProductRecord> products() {
        return List.copyOf(products.values());
    }

    /** A page of {@code Account/get_account_list} in list order, with the number of matching accounts. */
    synchronized ListOrders.Page<AccountRecord> accountPage(OptionalLong iCustomer, OptionalLong iEnv, boolean notClosed,
                                                            int offset, int limit) {
        return orders.accounts(iCustomer, iEnv, notClosed, offset, limit);
    }

    /** A page of {@code Customer/get_customer_list} in list order, with the number of matching customers. */
    synchronized ListOrders.Page<CustomerRecord> customerPage(OptionalLong iEnv, int offset, int limit) {
        return orders.customers(iEnv, offset, limit);
    }

    synchronized List<AccountRecord> accounts(Predicate<AccountRecord> filter) {
        List<AccountRecord> result = new ArrayList<>();
        for (AccountRecord account : accounts.values()) {
            if (filter.test(account)) {
                result.add(account);
            }
        }
        return result;
    }

    synchronized long addAccount(Map<String, Object> info) {
        RecordParser.rejectUnknown(info, RecordParser.ACCOUNT_FIELDS, "account_info");
        long iAccount = Params.optionalLong(info, "i_account").orElse(nextAccount);
        if (accounts.containsKey(iAccount)) {
            throw Fault.badRequest("account " + iAccount + " already exists: leave i_account out to get a new id");
        }
        CustomerRecord customer = openCustomer(Params.requireLong(info, "i_customer"));
        AccountRecord account = AccountBuilder.create(info, iAccount, customer, products::get, now());
        if (account.closed()) {
            throw Fault.badRequest("a new account cannot be closed: give bill_status O or I");
        }
        requireUniqueId(account.id(), iAccount);
        accounts.put(iAccount, account);
        orders.accountsAdded();
        bumpCounters();
        emit(EventNames.ACCOUNT_NEW, false, iAccount, account.iEnv());
        return iAccount;
    }

    synchronized void updateAccount(long iAccount, Map<String, Object> changes) {
        AccountRecord before = openAccount(iAccount);
        AccountRecord after = AccountBuilder.update(before, changes, products::get, now());
        if (!after.id().equals(before.id())) {
            requireUniqueId(after.id(), iAccount);
        }
        accounts.put(iAccount, after);
        orders.accountsChanged();
        for (String type : AccountBuilder.changes(before, after)) {
            emit(type, false, iAccount, after.iEnv());
        }
    }

    synchronized void terminateAccount(long iAccount) {
        AccountRecord before = openAccount(iAccount);
        accounts.put(iAccount, before.withBillStatus("C"));
        orders.accountsChanged();
        emit(EventNames.ACCOUNT_CLOSED, false, iAccount, before.iEnv());
    }

    synchronized long addCustomer(Map<String, Object> info) {
        RecordParser.rejectUnknown(info, RecordParser.CUSTOMER_FIELDS, "customer_info");
        long iCustomer = Params.optionalLong(info, "i_customer").orElse(nextCustomer);
        if (customers.containsKey(iCustomer)) {
            throw Fault.badRequest("customer " + iCustomer + " already exists: leave i_customer out to get a new id");
        }
        CustomerRecord customer = CustomerBuilder.create(info, iCustomer, environment);
        if (customer.closed()) {
            throw Fault.badRequest("a new customer cannot be closed: give bill_status O or S");
        }
        customers.put(iCustomer, customer);
        orders.customersAdded();
        bumpCounters();
        emit(EventNames.CUSTOMER_NEW, true, iCustomer, customer.iEnv());
        return iCustomer;
    }

    synchronized void updateCustomer(long iCustomer, Map<String, Object> changes) {
        CustomerRecord before = openCustomer(iCustomer);
        CustomerRecord after = CustomerBuilder.update(before, changes);
        customers.put(iCustomer, after);
        orders.accountsChanged();
        orders.customersChanged();
        List<String> types = CustomerBuilder.changes(before, after);
        if (after.closed()) {
            // Closing a customer closes its accounts first, as PortaBilling's customer termination does (modelled).
            for (AccountRecord account : accounts(a -> a.iCustomer() == iCustomer && !a.closed())) {
                accounts.put(account.iAccount(), account.withBillStatus("C"));
                emit(EventNames.ACCOUNT_CLOSED, false, account.iAccount(), account.iEnv());
            }
        }
        for (String type : types) {
            emit(type, true, iCustomer, after.iEnv());
        }
    }

    private AccountRecord openAccount(long iAccount) {
        AccountRecord account = accounts.get(iAccount);
        if (account == null) {
            throw new Fault(Fault.NOT_FOUND, "account " + iAccount + " does not exist: check i_account with Account/get_account_list");
        }
        if (account.closed()) {
            throw new Fault(Fault.CLOSED, "account " + iAccount + " is closed (terminated) and cannot be changed");
        }
        return account;
    }

    private CustomerRecord openCustomer(long iCustomer) {
        CustomerRecord customer = customers.get(iCustomer);
        if (customer == null) {
            throw new Fault(Fault.NOT_FOUND, "customer " + iCustomer + " does not exist: check i_customer");
        }
        if (customer.closed()) {
            throw new Fault(Fault.CLOSED, "customer " + iCustomer + " is closed and cannot be changed or given accounts");
        }
        return customer;
    }

    private void requireUniqueId(String id, long iAccount) {
        for (AccountRecord other : accounts.values()) {
            if (other.iAccount() != iAccount && !other.closed() && other.id().equals(id)) {
                throw Fault.badRequest("id '" + id + "' is already used by account " + other.iAccount() + ": choose another id");
            }
        }
    }

    private void bumpCounters() {
        if (!accounts.isEmpty()) {
            nextAccount = Math.max(nextAccount, accounts.lastKey() + 1);
        }
        if (!customers.isEmpty()) {
            nextCustomer = Math.max(nextCustomer, customers.lastKey() + 1);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private void emit(String type, boolean customer, long subjectId, int iEnv) {
        sink.accept(new ProvisioningEvent(type, customer, subjectId, iEnv));
    }
}
