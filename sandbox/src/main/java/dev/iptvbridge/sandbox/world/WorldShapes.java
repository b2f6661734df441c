package dev.iptvbridge.sandbox.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One account and its Minerva customer, shaped by its own seeded random, so that an account
 * looks the same whichever simulator makes it. The catalog is the sandbox's
 * ({@code bootstrap/src/main/resources/sandbox/catalog.yaml}): 101 basic, 102 family (with
 * whole-home DVR), 103 no IPTV, add-on 201 sports.
 */
final class WorldShapes {

    static final long BASIC = 101;
    static final long FAMILY = 102;
    static final long VOICE = 103;
    private static final List<String> BASIC_PACKAGES = List.of("CH-BASIC");
    private static final List<String> FAMILY_PACKAGES = List.of("CALLER-ID", "CH-BASIC", "CH-KIDS", "SVOD-CATALOG");
    private static final String SPORTS = "CH-SPORTS";
    private static final String[] FIRST = {"Alice", "Bob", "Carol", "Dmitri", "Emma", "Farid", "Grace", "Hiro", "Ines",
        "Jonas", "Kemal", "Lena", "Marta", "Noor", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tomas"};
    private static final String[] LAST = {"Anders", "Brown", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat",
        "Ivanova", "Jensen", "Kowalski", "Lopez", "Moreau", "Nagy", "Okafor", "Petrov", "Rossi", "Silva", "Tanaka", "Weber"};

    /** An account and what Minerva holds for it, {@code iptv} null for nothing. */
    record Shaped(WorldAccount account, WorldIptvCustomer iptv) { }

    private WorldShapes() {
    }

    static String name(long seed, long iCustomer) {
        SplittableRandom random = new SplittableRandom(HashOrder.mix(seed * 31 + iCustomer));
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    static Shaped shape(long seed, long iAccount, WorldCustomer customer, DriftKind kind) {
        SplittableRandom random = new SplittableRandom(HashOrder.mix(seed * 17 + iAccount));
        boolean needsIptv = kind != null && (kind.needsWatchingAccount() || kind == DriftKind.SHOULD_BE_DISABLED);
        double productRoll = random.nextDouble();
        long product = needsIptv ? (productRoll < 0.65 ? BASIC : FAMILY)
                : productRoll < 0.55 ? BASIC : productRoll < 0.85 ? FAMILY : VOICE;
        boolean sports = product != VOICE && random.nextDouble() < 0.3;
        double statusRoll = random.nextDouble();
        String status = statusRoll < 0.05 ? "C" : statusRoll < 0.07 ? "I" : "O";
        boolean blocked = "O".equals(status) && random.nextDouble() < 0.03;
        if (kind != null && kind.needsWatchingAccount()) {
            status = "O";
            blocked = false;
        } else if (kind == DriftKind.SHOULD_BE_DISABLED) {
            status = "O";
            blocked = true;
        } else if (kind == DriftKind.SHOULD_BE_DELETED) {
            status = "C";
        }
        String login = "u" + iAccount + "@tv.example";
        WorldAccount account = new WorldAccount(iAccount, login, customer.iCustomer(), product, sports, blocked, status);
        List<String> packages = packages(product, sports);
        boolean dvr = product == FAMILY;
        String id = Long.toString(iAccount);
        double presence = random.nextDouble();
        WorldIptvCustomer enabled = new WorldIptvCustomer(id, login, customer.name(), true, packages, dvr);
        WorldIptvCustomer disabled = new WorldIptvCustomer(id, login, customer.name(), false, packages, dvr);
        if (kind == null) {
            return new Shaped(account, inSync(account, customer, presence < 0.7 ? disabled : null, enabled));
        }
        return new Shaped(account, switch (kind) {
            case MISSING -> null;
            case SHOULD_BE_ENABLED -> disabled;
            case SHOULD_BE_DISABLED -> enabled;
            case WRONG_PACKAGES -> new WorldIptvCustomer(id, login, customer.name(), true, toggleSports(packages), dvr);
            case WRONG_PROFILE -> wrongProfile(enabled, random.nextInt(3));
            case SHOULD_BE_DELETED -> product == VOICE || presence < 0.5 ? disabled : enabled;
            case ORPHAN, FOREIGN -> throw new IllegalStateException(kind + " is not drift of an account");
        });
    }

    static WorldIptvCustomer orphan(long externalId) {
        return new WorldIptvCustomer(Long.toString(externalId), "gone" + externalId + "@tv.example", "Former customer", true,
                BASIC_PACKAGES, false);
    }

    static WorldIptvCustomer foreign(int index) {
        return new WorldIptvCustomer(String.format("legacy-%06d", index), "legacy" + index + "@other.example",
                "Legacy import " + index, index % 2 == 0, BASIC_PACKAGES, false);
    }

    // In step with the bridge's rules: nothing for a closed or inactive account or one without IPTV; a
    // blocked account or one of a suspended customer may be held disabled (packages kept) or not at all.
    private static WorldIptvCustomer inSync(WorldAccount account, WorldCustomer customer, WorldIptvCustomer disabledOrNone,
                                            WorldIptvCustomer enabled) {
        if (!"O".equals(account.billStatus()) || account.iProduct() == VOICE) {
            return null;
        }
        return account.blocked() || customer.suspended() ? disabledOrNone : enabled;
    }

    private static List<String> packages(long product, boolean sports) {
        if (product == VOICE) {
            return List.of();
        }
        List<String> packages = new ArrayList<>(product == FAMILY ? FAMILY_PACKAGES : BASIC_PACKAGES);
        if (sports) {
            packages.add(SPORTS);
        }
        return packages;
    }

    private static List<String> toggleSports(List<String> packages) {
        List<String> changed = new ArrayList<>(packages);
        if (!changed.remove(SPORTS)) {
            changed.add(SPORTS);
        }
        return changed;
    }

    private static WorldIptvCustomer wrongProfile(WorldIptvCustomer right, int which) {
        return switch (which) {
            case 0 -> new WorldIptvCustomer(right.externalId(), "old-" + right.login(), right.name(), true, right.packages(),
                    right.wholeHomeDvr());
            case 1 -> new WorldIptvCustomer(right.externalId(), right.login(), right.name() + " (old)", true, right.packages(),
                    right.wholeHomeDvr());
            default -> new WorldIptvCustomer(right.externalId(), right.login(), right.name(), true, right.packages(),
                    !right.wholeHomeDvr());
        };
    }
}
