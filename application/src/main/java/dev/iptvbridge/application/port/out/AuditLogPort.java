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
}
