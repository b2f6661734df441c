package dev.iptvbridge.bootstrap.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run of {@code bench/compare} does.
 *
 * @param accounts  accounts in the generated world (customers and Minerva customers follow)
 * @param seed      the world's seed
 * @param drift     the world's drift, as {@code missing=0.001,...}
 * @param latencyMs the latency added to every remote call in the second run; 0 skips that run
 * @param pageReads the bridge's concurrent page reads of each system, written to its configuration
 * @param heap      the bridge JVM's {@code -Xmx}
 * @param database  {@code h2} (a file, as the sandbox has) or {@code postgres} (embedded, or IPTV_BRIDGE_TEST_POSTGRES_URL)
 * @param profile   record the latency run with JDK Flight Recorder and print where the bridge spent its time
 * @param settings  further keys for the bridge's configuration
 */
record CompareOptions(int accounts, long seed, String drift, int latencyMs, int pageReads, String heap, String database,
                      boolean profile,
                      Map<String, String> settings) {

    /** The configuration keys of the comparison's concurrent page reads, of billing and of Minerva. */
    static final java.util.List<String> PAGE_READS_KEYS = java.util.List.of("maintenance.billingPageReads",
            "maintenance.minervaPageReads");
    static final String DEFAULT_DRIFT = "missing=0.001,should_be_enabled=0.001,should_be_disabled=0.001,wrong_packages=0.001,"
            + "wrong_profile=0.001,should_be_deleted=0.001,orphan=0.001,foreign=0.001";
    static final String USAGE = "usage: bench/compare [--accounts N] [--seed S] [--drift SPEC] [--latency-ms L] [--page-reads P]"
            + " [--heap 256m] [--database h2|postgres] [--profile] [--set key=value]...";

    static CompareOptions parse(String[] args) {
        int accounts = 1_000_000;
        long seed = 42;
        String drift = DEFAULT_DRIFT;
        int latencyMs = 20;
        int pageReads = 2;
        String heap = "256m";
        String database = "h2";
        boolean profile = false;
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--profile")) {
                profile = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option '" + args[i] + "' needs a value after it; " + USAGE);
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--accounts" -> accounts = whole(value, "--accounts");
                case "--seed" -> seed = whole(value, "--seed");
                case "--drift" -> drift = value;
                case "--latency-ms" -> latencyMs = whole(value, "--latency-ms");
                case "--page-reads" -> pageReads = whole(value, "--page-reads");
                case "--heap" -> heap = value;
                case "--database" -> database = value;
                case "--set" -> {
                    String[] kv = value.split("=", 2);
                    if (kv.length != 2) {
                        throw new IllegalArgumentException("--set needs key=value, e.g. --set workers=8; " + USAGE);
                    }
                    settings.put(kv[0].trim(), kv[1].trim());
                }
                default -> throw new IllegalArgumentException("unknown option '" + args[i - 1] + "'; " + USAGE);
            }
        }
        if (accounts < 1 || latencyMs < 0 || pageReads < 1) {
            throw new IllegalArgumentException("--accounts and --page-reads must be at least 1, --latency-ms 0 or more; " + USAGE);
        }
        if (!database.equals("h2") && !database.equals("postgres")) {
            throw new IllegalArgumentException("--database is h2 or postgres, not '" + database + "'; " + USAGE);
        }
        return new CompareOptions(accounts, seed, drift, latencyMs, pageReads, heap, database, profile, settings);
    }

    String worldSpec() {
        return "accounts=" + accounts + ",seed=" + seed + (drift.isBlank() ? "" : "," + drift);
    }

    private static int whole(String value, String option) {
        try {
            return Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'; " + USAGE, e);
        }
    }
}
