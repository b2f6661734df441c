package dev.iptvbridge.bootstrap.cli;

/**
 * What {@code retry-charges} did.
 *
 * @param retried  the parked purchases sent round again
 * @param purchase the one purchase asked for, or null for all of them
 */
record RetryChargesView(int retried, String purchase) {

    String sentence() {
        return retried + " parked " + (retried == 1 ? "purchase" : "purchases") + " retried: each is looked for in"
                + " PortaBilling and charged (or credited) if absent, by the daemon holding the feed";
    }
}
