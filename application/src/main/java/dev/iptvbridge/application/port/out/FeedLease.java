package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The right to read the purchase feed and charge what it holds: one daemon holds it at a time
 * among those sharing a database; another takes it once {@code until} has passed.
 *
 * @param cursor the highest {@code seq} recorded in the ledger (0: none yet)
 * @param until  the lease holds up to and including this instant
 */
public record FeedLease(String owner, long cursor, Instant until) {

    public FeedLease {
        requireNonNull(owner, "owner is null");
        requireNonNull(until, "until is null");
    }
}
