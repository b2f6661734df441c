package dev.iptvbridge.sandbox.world;

import java.util.Arrays;
import java.util.Collection;

/**
 * The order in which the simulators page their lists: stable for a seed, but not the order of
 * ids, since neither remote list promises an order [C] and a client that relies on one must fail.
 */
public final class HashOrder {

    /** The seed both simulators use unless told otherwise. */
    public static final long DEFAULT_SEED = 0x5EED_1D5L;

    private HashOrder() {
    }

    /** A 64-bit mix of {@code value} (SplitMix64's finaliser). */
    public static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The ids, reordered by a seeded hash; ties (rare) keep their given order. */
    public static long[] sort(long[] ids, long seed) {
        long[] keys = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            keys[i] = key(mix(ids[i] ^ seed), i);
        }
        Arrays.sort(keys);
        long[] ordered = new long[ids.length];
        for (int i = 0; i < keys.length; i++) {
            ordered[i] = ids[(int) (keys[i] & 0xFFFF_FFFFL)];
        }
        return ordered;
    }

    /** The texts, reordered by a seeded hash of each; ties (rare) keep their given order. */
    public static String[] sort(Collection<String> texts, long seed) {
        String[] given = texts.toArray(String[]::new);
        long[] keys = new long[given.length];
        for (int i = 0; i < given.length; i++) {
            keys[i] = key(mix(given[i].hashCode() ^ seed), i);
        }
        Arrays.sort(keys);
        String[] ordered = new String[given.length];
        for (int i = 0; i < keys.length; i++) {
            ordered[i] = given[(int) (keys[i] & 0xFFFF_FFFFL)];
        }
        return ordered;
    }

    // The high 32 bits of the hash decide the order, the low 32 carry the index back.
    private static long key(long hash, int index) {
        return (hash & 0xFFFF_FFFF_0000_0000L) | index;
    }
}
