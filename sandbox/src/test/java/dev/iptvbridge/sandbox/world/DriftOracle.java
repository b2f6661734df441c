package dev.iptvbridge.sandbox.world;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The test's own reading of a world, written from the bridge's rules (docs/architecture.md) and
 * the sandbox catalog, not from the generator: what each Minerva customer (or its absence) is.
 */
final class DriftOracle {

    private DriftOracle() {
    }

    static Map<String, DriftKind> classify(Collected world) {
        Map<String, DriftKind> found = new TreeMap<>();
        Set<String> known = new TreeSet<>();
        for (WorldAccount account : world.accounts) {
            String id = Long.toString(account.iAccount());
            known.add(id);
            WorldCustomer customer = world.customerById.get(account.iCustomer());
            WorldIptvCustomer held = world.iptv.get(id);
            DriftKind kind = kindOf(account, customer, held);
            if (kind != null) {
                found.put(id, kind);
            }
        }
        for (String externalId : world.iptv.keySet()) {
            if (!externalId.chars().allMatch(Character::isDigit)) {
                found.put(externalId, DriftKind.FOREIGN);
            } else if (!known.contains(externalId)) {
                found.put(externalId, DriftKind.ORPHAN);
            }
        }
        return found;
    }

    private static DriftKind kindOf(WorldAccount account, WorldCustomer customer, WorldIptvCustomer held) {
        if ("C".equals(account.billStatus())) {
            return held == null ? null : DriftKind.SHOULD_BE_DELETED;
        }
        boolean watching = "O".equals(account.billStatus()) && !account.blocked() && !customer.suspended()
                && account.iProduct() != 103;
        if (!watching) {
            return held != null && held.enabled() ? DriftKind.SHOULD_BE_DISABLED : null;
        }
        if (held == null) {
            return DriftKind.MISSING;
        }
        if (!held.enabled()) {
            return DriftKind.SHOULD_BE_ENABLED;
        }
        if (!new TreeSet<>(held.packages()).equals(entitlement(account))) {
            return DriftKind.WRONG_PACKAGES;
        }
        boolean dvr = account.iProduct() == 102;
        if (!held.login().equals(account.id()) || !held.name().equals(customer.name()) || held.wholeHomeDvr() != dvr) {
            return DriftKind.WRONG_PROFILE;
        }
        return null;
    }

    // The sandbox catalog: 101 basic (CH-BASIC), 102 family (CH-BASIC, CH-KIDS, SVOD-CATALOG, CALLER-ID, DVR), add-on 201 sports.
    private static Set<String> entitlement(WorldAccount account) {
        Set<String> packages = new TreeSet<>(account.iProduct() == 102
                ? Set.of("CH-BASIC", "CH-KIDS", "SVOD-CATALOG", "CALLER-ID") : Set.of("CH-BASIC"));
        if (account.sportsAddon()) {
            packages.add("CH-SPORTS");
        }
        return packages;
    }
}
