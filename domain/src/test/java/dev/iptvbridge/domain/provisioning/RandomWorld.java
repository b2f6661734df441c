package dev.iptvbridge.domain.provisioning;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.ServicePackage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * One generated world: a catalog, an account and its customer as billing holds them (either may
 * have vanished), the moment of the look, and what Minerva holds. Small pools of names, products
 * and packages make collisions (and so in-step customers) frequent.
 */
record RandomWorld(Catalog catalog, Map<String, ServicePackage> servicePackages, Map<Long, List<String>> products,
                   Map<Long, List<String>> addOnProducts, long accountId, Optional<Account> account,
                   Optional<Customer> customer, Instant now, Optional<IptvCustomer> observed) {

    static final List<String> MINERVA_PACKAGES = List.of("p0", "p1", "p2", "p3", "p4", "p5", "p6");
    static final List<String> LOGINS = List.of("alice", "bob", "carol");
    static final List<String> NAMES = List.of("Alice", "Bob");
    static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    DesiredCustomer desired() {
        return new ProvisioningPolicy(catalog).desired(accountId, account, customer, now);
    }

    static Gen<RandomWorld> worlds() {
        return RandomWorld::generate;
    }

    private static RandomWorld generate(RandomnessSource in) {
        Map<String, ServicePackage> servicePackages = new HashMap<>();
        int packageCount = range(1, 5).generate(in);
        for (int i = 0; i < packageCount; i++) {
            String name = "sp" + i;
            servicePackages.put(name, new ServicePackage(name, subset(in, MINERVA_PACKAGES, 3), booleans().generate(in)));
        }
        List<String> names = new ArrayList<>(servicePackages.keySet());
        Map<Long, List<String>> products = new HashMap<>();
        for (long product = 100; product < 104; product++) {
            products.put(product, new ArrayList<>(subset(in, names, 2)));
        }
        Map<Long, List<String>> addOnProducts = new HashMap<>();
        for (long product = 200; product < 203; product++) {
            addOnProducts.put(product, new ArrayList<>(subset(in, names, 2)));
        }
        Catalog catalog = new Catalog(servicePackages, products, addOnProducts);

        long accountId = longRange(1, 2_000_000).generate(in);
        Instant now = EPOCH.plus(Duration.ofDays(range(0, 30).generate(in)));
        Optional<Account> account = range(0, 9).generate(in) == 0 ? Optional.empty()
                : Optional.of(account(in, accountId, now));
        // Mostly customers in good standing, so that many worlds call for an enabled customer.
        CustomerStatus standing = range(0, 2).generate(in) > 0 ? CustomerStatus.OPEN
                : enumValues(CustomerStatus.class).generate(in);
        Optional<Customer> customer = range(0, 19).generate(in) == 0 ? Optional.empty()
                : Optional.of(new Customer(account.map(Account::customerId).orElse(1L), pick(NAMES).generate(in),
                        standing, range(0, 4).generate(in) == 0));
        Optional<IptvCustomer> observed = range(0, 2).generate(in) == 0 ? Optional.empty()
                : Optional.of(new IptvCustomer(accountId, pick(LOGINS).generate(in), pick(NAMES).generate(in),
                        enumValues(IptvStatus.class).generate(in), subset(in, MINERVA_PACKAGES, 4), booleans().generate(in)));
        return new RandomWorld(catalog, servicePackages, products, addOnProducts, accountId, account, customer, now, observed);
    }

    private static Account account(RandomnessSource in, long accountId, Instant now) {
        List<AddOn> addOns = new ArrayList<>();
        int count = range(0, 3).generate(in);
        for (int i = 0; i < count; i++) {
            // Whole days close to "now", so that it often falls right on a start or an end.
            Instant from = now.plus(Duration.ofDays(range(-3, 2).generate(in)));
            Optional<Instant> to = booleans().generate(in) ? Optional.empty()
                    : Optional.of(from.plus(Duration.ofDays(range(0, 4).generate(in))));
            addOns.add(new AddOn(longRange(200, 203).generate(in), from, to));
        }
        BillStatus status = range(0, 5).generate(in) < 3 ? BillStatus.OPEN : enumValues(BillStatus.class).generate(in);
        return new Account(accountId, pick(LOGINS).generate(in), longRange(1, 3).generate(in), 3,
                longRange(100, 104).generate(in), addOns, range(0, 4).generate(in) == 0, status);
    }

    /** A random subset of {@code pool}: each element is kept with probability {@code 1/odds}. */
    private static SortedSet<String> subset(RandomnessSource in, List<String> pool, int odds) {
        SortedSet<String> chosen = new TreeSet<>();
        for (String element : pool) {
            if (range(0, odds - 1).generate(in) == 0) {
                chosen.add(element);
            }
        }
        return chosen;
    }

    @Override
    public String toString() {
        return "world at " + now + ": catalog products " + products + ", add-ons " + addOnProducts
                + ", service packages " + servicePackages.values() + "; account " + account + "; customer " + customer
                + "; Minerva holds " + observed;
    }
}
