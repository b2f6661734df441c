package dev.iptvbridge.domain.provisioning;

import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.ServicePackage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** A small, fixed operator catalog and the accounts the lifecycle tests talk about. */
final class World {

    static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");
    static final long ACCOUNT = 1_000_889L;
    static final long CUSTOMER = 5001L;
    static final int ENV = 3;
    static final String LOGIN = "alice@tv.example";
    static final String NAME = "Alice";

    static final long TV_BASIC = 101;
    static final long TV_PREMIUM = 102;
    static final long INTERNET_ONLY = 300;
    static final long SPORTS_ADDON = 201;
    static final long DVR_ADDON = 202;

    static final SortedSet<String> BASIC = sorted("ch-basic", "vod");
    static final SortedSet<String> BASIC_SPORTS = sorted("ch-basic", "ch-sports", "vod");
    static final SortedSet<String> PREMIUM = sorted("ch-basic", "ch-premium", "vod");

    static final Catalog CATALOG = new Catalog(
            Map.of("basic", ServicePackage.of("basic", Set.of("ch-basic", "vod"), false),
                    "premium", ServicePackage.of("premium", Set.of("ch-basic", "ch-premium", "vod"), true),
                    "sports", ServicePackage.of("sports", Set.of("ch-sports"), false),
                    "dvr", ServicePackage.of("dvr", Set.of(), true)),
            Map.of(TV_BASIC, List.of("basic"), TV_PREMIUM, List.of("premium")),
            Map.of(SPORTS_ADDON, List.of("sports"), DVR_ADDON, List.of("dvr")));

    static final ProvisioningPolicy POLICY = new ProvisioningPolicy(CATALOG);

    private World() {
    }

    static SortedSet<String> sorted(String... packages) {
        return new TreeSet<>(List.of(packages));
    }

    static AddOn sportsSince(Duration ago) {
        return AddOn.from(SPORTS_ADDON, NOW.minus(ago));
    }

    static Account account(long product, List<AddOn> addOns, boolean blocked, BillStatus status) {
        return new Account(ACCOUNT, LOGIN, CUSTOMER, ENV, product, addOns, blocked, status);
    }

    static Account openAccount(long product, AddOn... addOns) {
        return account(product, List.of(addOns), false, BillStatus.OPEN);
    }

    static Customer customer(CustomerStatus status, boolean blocked) {
        return new Customer(CUSTOMER, NAME, status, blocked);
    }

    static Customer goodCustomer() {
        return customer(CustomerStatus.OPEN, false);
    }

    static IptvCustomer minerva(IptvStatus status, SortedSet<String> packages, boolean dvr) {
        return new IptvCustomer(ACCOUNT, LOGIN, NAME, status, packages, dvr);
    }

    static Profile profile() {
        return new Profile(LOGIN, NAME);
    }

    static DesiredCustomer desired(Optional<Account> account, Optional<Customer> customer) {
        return POLICY.desired(ACCOUNT, account, customer, NOW);
    }
}
