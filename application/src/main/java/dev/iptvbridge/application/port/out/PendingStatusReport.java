package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A status report waiting in the outbox, as a sender claimed it. There is at most one per
 * account: a newer outcome replaces the report and raises its {@code version}, so that a sender
 * holding an older version never removes the newer one.
 *
 * @param version   the report's version when claimed
 * @param attempts  failed sends so far
 * @param queuedAt  when the account's status first differed from what PortaBilling was last told
 * @param owner     the sender that holds it
 */
public record PendingStatusReport(long accountId, ProvisioningStatus status, String message, long version,
                                  int attempts, Instant queuedAt, String owner) {

    public PendingStatusReport {
        requireNonNull(status, "status is null");
        requireNonNull(message, "message is null");
        requireNonNull(queuedAt, "queuedAt is null");
        requireNonNull(owner, "owner is null");
    }
}
