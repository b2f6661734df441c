package dev.iptvbridge.sandbox.world;

import static java.util.Objects.requireNonNull;

import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A world generated from a {@link WorldSpec}: customers with one to four accounts each (some
 * suspended), accounts on the sandbox catalog's products with and without the sports add-on (some
 * blocked, inactive or closed), the Minerva customers the bridge would have made of them, and then
 * exactly the spec's share of each kind of drift. The same spec gives the same world on every run
 * and in both simulators, which each take their half through {@link #forEach}; only the plan (one
 * byte per account) is held here, records are made as they are handed over.
 */
public final class World {

    /** The first generated {@code i_account}; the rest follow without gaps. */
    public static final long FIRST_ACCOUNT = 1_000_000;
    /** The first generated {@code i_customer}. */
    public static final long FIRST_CUSTOMER = 5_000;
    /** Orphans' external ids start here, far above any account id the simulator hands out. */
    public static final long FIRST_ORPHAN = 900_000_000;

    private final WorldSpec spec;
    private final int[] customerStart;
    private final BitSet suspended = new BitSet();
    private final byte[] kinds;

    private World(WorldSpec spec) {
        this.spec = spec;
        int n = spec.accounts();
        SplittableRandom random = new SplittableRandom(spec.seed());
        int[] starts = new int[n + 1];
        int customers = 0;
        for (int account = 0; account < n; customers++) {
            starts[customers] = account;
            account += accountsOfOneCustomer(random);
            if (random.nextDouble() < 0.03) {
                suspended.set(customers);
            }
        }
        starts[customers] = n;
        this.customerStart = java.util.Arrays.copyOf(starts, customers + 1);
        this.kinds = new byte[n];
        assignDrift(new SplittableRandom(HashOrder.mix(spec.seed() ^ 0xD81F7L)));
    }

    /** Plans the world; nothing is made until {@link #forEach}. */
    public static World generate(WorldSpec spec) {
        return new World(requireNonNull(spec, "spec is null"));
    }

    public WorldSpec spec() {
        return spec;
    }

    /** Accounts, customers and Minerva customers handed over. */
    public record Counts(int customers, int accounts, int iptvCustomers) { }

    /** Hands every customer, account and Minerva customer to the sink, customer by customer, then the orphans and foreign ones. */
    public Counts forEach(WorldSink sink) {
        requireNonNull(sink, "sink is null");
        int iptv = 0;
        for (int c = 0; c + 1 < customerStart.length; c++) {
            long iCustomer = FIRST_CUSTOMER + c;
            WorldCustomer customer = new WorldCustomer(iCustomer, WorldShapes.name(spec.seed(), iCustomer), suspended.get(c));
            sink.customer(customer);
            for (int i = customerStart[c]; i < customerStart[c + 1]; i++) {
                WorldShapes.Shaped shaped = WorldShapes.shape(spec.seed(), FIRST_ACCOUNT + i, customer, kindAt(i));
                sink.account(shaped.account());
                if (shaped.iptv() != null) {
                    sink.iptvCustomer(shaped.iptv());
                    iptv++;
                }
            }
        }
        for (int j = 0; j < spec.count(DriftKind.ORPHAN); j++) {
            sink.iptvCustomer(WorldShapes.orphan(FIRST_ORPHAN + j));
            iptv++;
        }
        for (int j = 0; j < spec.count(DriftKind.FOREIGN); j++) {
            sink.iptvCustomer(WorldShapes.foreign(j));
            iptv++;
        }
        return new Counts(customerStart.length - 1, spec.accounts(), iptv);
    }

    /** The drift a comparison must report, by Minerva external id (the {@code i_account} for accounts). */
    public SortedMap<String, DriftKind> expectedDrift() {
        SortedMap<String, DriftKind> expected = new TreeMap<>();
        for (int i = 0; i < kinds.length; i++) {
            DriftKind kind = kindAt(i);
            if (kind != null) {
                expected.put(Long.toString(FIRST_ACCOUNT + i), kind);
            }
        }
        for (int j = 0; j < spec.count(DriftKind.ORPHAN); j++) {
            expected.put(WorldShapes.orphan(FIRST_ORPHAN + j).externalId(), DriftKind.ORPHAN);
        }
        for (int j = 0; j < spec.count(DriftKind.FOREIGN); j++) {
            expected.put(WorldShapes.foreign(j).externalId(), DriftKind.FOREIGN);
        }
        return Collections.unmodifiableSortedMap(expected);
    }

    /** How many of each kind the world holds (every kind named, zero included). */
    public Map<DriftKind, Integer> driftCounts() {
        Map<DriftKind, Integer> counts = new EnumMap<>(DriftKind.class);
        for (DriftKind kind : DriftKind.values()) {
            counts.put(kind, spec.count(kind));
        }
        return counts;
    }

    private DriftKind kindAt(int account) {
        return kinds[account] == 0 ? null : DriftKind.values()[kinds[account] - 1];
    }

    // 35% one account, 35% two, 20% three, 10% four: about 2.05 accounts per customer.
    private static int accountsOfOneCustomer(SplittableRandom random) {
        double x = random.nextDouble();
        return x < 0.35 ? 1 : x < 0.70 ? 2 : x < 0.90 ? 3 : 4;
    }

    // Exact counts: a seeded permutation of the accounts is walked once, and each account takes the
    // first kind that still wants accounts and that it can carry (a suspended customer's account
    // cannot be one that should be watching).
    private void assignDrift(SplittableRandom random) {
        int n = kinds.length;
        BitSet suspendedAccount = new BitSet(n);
        for (int c = suspended.nextSetBit(0); c >= 0; c = suspended.nextSetBit(c + 1)) {
            suspendedAccount.set(customerStart[c], customerStart[c + 1]);
        }
        Map<DriftKind, Integer> wanted = new EnumMap<>(DriftKind.class);
        for (DriftKind kind : DriftKind.values()) {
            if (kind.ofAccount() && spec.count(kind) > 0) {
                wanted.put(kind, spec.count(kind));
            }
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0 && !wanted.isEmpty(); i--) {
            int j = random.nextInt(i + 1);
            int picked = order[j];
            order[j] = order[i];
            for (Map.Entry<DriftKind, Integer> e : wanted.entrySet()) {
                if (!e.getKey().needsWatchingAccount() || !suspendedAccount.get(picked)) {
                    kinds[picked] = (byte) (e.getKey().ordinal() + 1);
                    e.setValue(e.getValue() - 1);
                    break;
                }
            }
            wanted.values().removeIf(left -> left == 0);
        }
        if (!wanted.isEmpty()) {
            throw new IllegalArgumentException("too few accounts for the drift asked of " + spec + ": give more accounts or smaller shares");
        }
    }
}
