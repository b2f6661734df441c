package dev.iptvbridge.application.port.out;

import java.time.Instant;
import java.util.List;

/** The append-only audit trail. */
public interface AuditLogPort {

    void append(AuditEntry entry);

    /** An account's entries, newest first. */
    List<AuditEntry> forAccount(long accountId, int limit);

    /** Entries with {@code from <= at < to}, newest first. */
    List<AuditEntry> between(Instant from, Instant to, int limit);

    /**
     * Removes up to {@code max} of the oldest entries with {@code at < cutoff}, in one short
     * transaction, so that retention never holds the table for long.
     *
     * @return how many were removed; fewer than {@code max} means none older are left
     */
    int purgeBefore(Instant cutoff, int max);
}
