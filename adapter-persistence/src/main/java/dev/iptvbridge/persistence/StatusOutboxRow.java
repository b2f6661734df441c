package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.PendingStatusReport;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import java.time.Instant;

/** A row of {@code status_outbox}; {@code owner} and {@code leaseUntil} are null while no sender holds it. */
record StatusOutboxRow(long accountId, String status, String message, long version, int attempts, Instant queuedAt,
                       Instant dueAt, String owner, Instant leaseUntil) {

    PendingStatusReport toPending() {
        return new PendingStatusReport(accountId, ProvisioningStatus.valueOf(status), message, version, attempts,
                queuedAt, owner);
    }
}
