package dev.iptvbridge.sandbox.world;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What to generate: so many accounts from a seed, with a share (0 to 1 of the accounts) of each
 * kind of drift; kinds left out have none. Written in a scenario as
 * {@code generate: {accounts: 1000000, seed: 42, drift: {missing: 0.01, orphan: 0.001}}} or on a
 * command line as {@code accounts=1000000,seed=42,missing=0.01,orphan=0.001}.
 */
public record WorldSpec(int accounts, long seed, Map<DriftKind, Double> drift) {

    /** At most this share of the accounts may drift, so that enough accounts of each shape remain. */
    public static final double MAX_TOTAL_SHARE = 0.5;

    public WorldSpec {
        requireNonNull(drift, "drift is null");
        if (accounts < 1 || accounts > 20_000_000) {
            throw new IllegalArgumentException("accounts must be from 1 to 20,000,000, not " + accounts);
        }
        EnumMap<DriftKind, Double> copy = new EnumMap<>(DriftKind.class);
        double total = 0;
        for (Map.Entry<DriftKind, Double> e : drift.entrySet()) {
            double share = requireNonNull(e.getValue(), "share of " + e.getKey().key() + " is null");
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("the share of " + e.getKey().key() + " must be from 0 to 1, not " + share);
            }
            copy.put(e.getKey(), share);
            total += e.getKey().ofAccount() ? share : 0;
        }
        if (total > MAX_TOTAL_SHARE) {
            throw new IllegalArgumentException("the shares of drift of accounts add up to " + total
                    + ", above " + MAX_TOTAL_SHARE + ": give smaller shares");
        }
        drift = Collections.unmodifiableMap(copy);
    }

    /** How many of this kind the world holds: the share of the accounts, rounded. */
    public int count(DriftKind kind) {
        return (int) Math.round(drift.getOrDefault(kind, 0.0) * accounts);
    }

    /** Reads {@code accounts=1000,seed=42,missing=0.01,...}; accounts is required, seed defaults to 1. */
    public static WorldSpec parse(String text) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        Map<String, Object> drift = new java.util.LinkedHashMap<>();
        for (String part : requireNonNull(text, "text is null").split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("'" + part + "' is not key=value: write e.g. accounts=1000,seed=42,missing=0.01");
            }
            String key = kv[0].trim();
            (key.equals("accounts") || key.equals("seed") ? values : drift).put(key, kv[1].trim());
        }
        values.put("drift", drift);
        return fromMap(values);
    }

    /** Reads the {@code generate} mapping of a scenario. */
    public static WorldSpec fromMap(Map<String, ?> map) {
        for (String key : map.keySet()) {
            if (!key.equals("accounts") && !key.equals("seed") && !key.equals("drift")) {
                throw new IllegalArgumentException("generate: unknown key '" + key + "': use accounts, seed and drift");
            }
        }
        Object accounts = map.get("accounts");
        if (accounts == null) {
            throw new IllegalArgumentException("generate: 'accounts' is required, e.g. accounts: 1000000");
        }
        Map<DriftKind, Double> shares = new EnumMap<>(DriftKind.class);
        Object drift = map.get("drift");
        if (drift != null && !(drift instanceof Map)) {
            throw new IllegalArgumentException("generate: 'drift' must be a mapping, e.g. drift: {missing: 0.01}");
        }
        if (drift != null) {
            ((Map<?, ?>) drift).forEach((k, v) -> shares.put(DriftKind.of(String.valueOf(k)), number(v, "drift." + k)));
        }
        Object seed = map.get("seed");
        long size = integer(accounts, "accounts");
        if (size < 1 || size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("generate: 'accounts' must be from 1 to 20,000,000, not " + size);
        }
        return new WorldSpec((int) size, seed == null ? 1 : integer(seed, "seed"), shares);
    }

    private static long integer(Object value, String name) {
        try {
            return Long.parseLong(String.valueOf(value).replace("_", "").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("generate: '" + name + "' must be a whole number, not '" + value + "'", e);
        }
    }

    private static double number(Object value, String name) {
        try {
            return Double.parseDouble(String.valueOf(value).replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("generate: '" + name + "' must be a number, not '" + value + "'", e);
        }
    }
}
