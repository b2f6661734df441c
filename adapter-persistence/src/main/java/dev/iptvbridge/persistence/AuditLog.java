package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.AuditEntry;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The append-only audit trail. */
final class AuditLog {

    private final Jdbi jdbi;

    AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void append(AuditEntry entry) {
        jdbi.useHandle(handle -> new AuditDao(handle).insert(AuditRow.of(entry)));
    }

    List<AuditEntry> forAccount(long accountId, int limit) {
        return jdbi.withHandle(handle -> new AuditDao(handle).forAccount(accountId, Limits.check(limit)))
                .stream().map(AuditRow::toEntry).toList();
    }

    List<AuditEntry> between(Instant from, Instant to, int limit) {
        return jdbi.withHandle(handle -> new AuditDao(handle).between(from, to, Limits.check(limit)))
                .stream().map(AuditRow::toEntry).toList();
    }

    int purgeBefore(Instant cutoff, int max) {
        if (max <= 0) {
            return 0;
        }
        return jdbi.withHandle(handle -> new AuditDao(handle).deleteOldest(TimeMapping.toMicros(cutoff), Limits.check(max)));
    }
}
