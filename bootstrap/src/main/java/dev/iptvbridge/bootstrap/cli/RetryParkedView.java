package dev.iptvbridge.bootstrap.cli;

/**
 * What {@code retry-parked} did.
 *
 * @param queued  the parked entries queued again
 * @param account the one account asked for, or null for all of them
 */
record RetryParkedView(int queued, Long account) {

    String sentence() {
        return queued + " parked " + (queued == 1 ? "entry" : "entries") + " queued again";
    }
}
