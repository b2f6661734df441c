package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditOutcome;
import java.time.Instant;

/** A row of {@code audit_log}, free text cut to its column. */
record AuditRow(Instant at, long accountId, String eventIds, String category, String action, String outcome,
                String detail) {

    static AuditRow of(AuditEntry entry) {
        return new AuditRow(entry.at(), entry.accountId(), EventIds.encode(entry.eventIds(), EventIds.AUDIT_LIMIT),
                entry.category().name(), Text.cut(entry.action(), 200), entry.outcome().name(),
                Text.cut(entry.detail(), 16000));
    }

    AuditEntry toEntry() {
        return new AuditEntry(at, accountId, EventIds.decode(eventIds), AuditCategory.valueOf(category), action,
                AuditOutcome.valueOf(outcome), detail);
    }
}
