package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.IptvPackage;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.ProfileChange;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Minerva in memory. Every call that changes a customer is numbered from 1 and logged (such as
 * {@code "disable 7: account blocked in billing"}); a test can make the Nth such call fail before
 * it takes effect, or after (the answer was lost), and can make a create find the customer there.
 */
public final class FakeIptvPlatform implements IptvPlatformPort {

    private final Map<Long, IptvCustomer> customers = new TreeMap<>();
    private final List<String> changes = new ArrayList<>();
    private final Map<Integer, IntegrationException> failBefore = new HashMap<>();
    private final Map<Integer, IntegrationException> failAfter = new HashMap<>();
    private final List<IptvPackage> packages = new ArrayList<>();
    private final Map<Integer, Runnable> whileCalled = new HashMap<>();
    private IptvCustomer createdByLostAttempt;
    private final Map<Integer, IntegrationException> failFind = new HashMap<>();
    private int finds;
    private boolean refuseUnknownPackages;

    public FakeIptvPlatform put(IptvCustomer customer) {
        customers.put(customer.account(), customer);
        return this;
    }

    public Optional<IptvCustomer> get(long accountId) {
        return Optional.ofNullable(customers.get(accountId));
    }

    public Map<Long, IptvCustomer> all() {
        return Map.copyOf(customers);
    }

    /** The calls that changed (or tried to change) Minerva, in order. */
    public List<String> changes() {
        return List.copyOf(changes);
    }

    public int finds() {
        return finds;
    }

    /** The {@code n}th changing call from now on (1 = the next) throws {@code failure} and changes nothing. */
    public void failCall(int n, IntegrationException failure) {
        failBefore.put(changes.size() + n, failure);
    }

    /** The {@code n}th changing call from now on takes effect, then throws {@code failure}. */
    public void applyThenFailCall(int n, IntegrationException failure) {
        failAfter.put(changes.size() + n, failure);
    }

    /** While the {@code n}th changing call from now on is under way, {@code meanwhile} runs (a slow Minerva). */
    public void during(int n, Runnable meanwhile) {
        whileCalled.put(changes.size() + n, meanwhile);
    }

    /** The next create finds {@code alreadyThere}, left by an earlier attempt whose answer was lost, and answers false. */
    public void nextCreateFinds(IptvCustomer alreadyThere) {
        createdByLostAttempt = alreadyThere;
    }

    public void offer(IptvPackage offered) {
        packages.add(offered);
    }

    /** From now on a create or set-packages with a package not {@link #offer offered} is refused, as Minerva does. */
    public void refuseUnknownPackages() {
        refuseUnknownPackages = true;
    }

    private void knowsAll(String action, SortedSet<String> asked) {
        if (refuseUnknownPackages && !asked.stream().allMatch(id -> packages.stream().anyMatch(p -> p.id().equals(id)))) {
            throw PermanentFailure.unknownPackage(action
                    + ": Minerva does not know one of the packages " + asked, null);
        }
    }

    /** The {@code n}th find from now on (1 = the next) throws {@code failure}. */
    public void failFind(int n, IntegrationException failure) {
        failFind.put(finds + n, failure);
    }

    @Override
    public Optional<IptvCustomer> find(long accountId) {
        finds++;
        IntegrationException failure = failFind.remove(finds);
        if (failure != null) {
            throw failure;
        }
        return get(accountId);
    }

    @Override
    public Page<IptvCustomer> list(int page, int size) {
        List<IptvCustomer> all = new ArrayList<>(customers.values());
        int from = Math.min(page * size, all.size());
        return new Page<>(all.subList(from, Math.min(from + size, all.size())), all.size());
    }

    @Override
    public boolean create(IptvCustomer customer) {
        return change("create " + customer.account() + ": " + customer, () -> {
            knowsAll("create", customer.packages());
            if (createdByLostAttempt != null) {
                customers.put(createdByLostAttempt.account(), createdByLostAttempt);
                createdByLostAttempt = null;
            }
            if (customers.containsKey(customer.account())) {
                return false;
            }
            customers.put(customer.account(), customer);
            return true;
        });
    }

    @Override
    public void enable(long accountId) {
        change("enable " + accountId, () -> update(accountId, c -> c.withStatus(IptvStatus.ENABLED)));
    }

    @Override
    public void disable(long accountId, String reason) {
        change("disable " + accountId + ": " + reason, () -> update(accountId, c -> c.withStatus(IptvStatus.DISABLED)));
    }

    @Override
    public void setPackages(long accountId, SortedSet<String> newPackages) {
        change("set-packages " + accountId + ": " + newPackages, () -> {
            knowsAll("set-packages", newPackages);
            return update(accountId, c -> c.withPackages(newPackages));
        });
    }

    @Override
    public void changeProfile(long accountId, ProfileChange change) {
        change("change-profile " + accountId + ": " + change, () -> update(accountId, c -> c.withProfile(
                change.login().orElse(c.login()), change.name().orElse(c.name()),
                change.wholeHomeDvr().orElse(c.wholeHomeDvr()))));
    }

    @Override
    public void delete(long accountId) {
        change("delete " + accountId, () -> customers.remove(accountId) != null);
    }

    @Override
    public List<IptvPackage> listPackages() {
        return List.copyOf(packages);
    }

    private boolean update(long accountId, java.util.function.UnaryOperator<IptvCustomer> change) {
        IptvCustomer current = customers.get(accountId);
        if (current == null) {
            throw new dev.iptvbridge.application.port.out.NotFoundFailure("Minerva has no customer " + accountId);
        }
        customers.put(accountId, change.apply(current));
        return true;
    }

    private boolean change(String description, java.util.function.BooleanSupplier effect) {
        changes.add(description);
        int number = changes.size();
        if (failBefore.containsKey(number)) {
            throw failBefore.remove(number);
        }
        boolean result = effect.getAsBoolean();
        whileCalled.getOrDefault(number, () -> { }).run();
        if (failAfter.containsKey(number)) {
            throw failAfter.remove(number);
        }
        return result;
    }
}
