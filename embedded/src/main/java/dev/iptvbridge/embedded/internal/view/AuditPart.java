package dev.iptvbridge.embedded.internal.view;

import dev.iptvbridge.application.port.out.AuditEntry;
import java.util.List;

/** One audit line: when, what kind, the action, its outcome and detail, the events behind it. */
public record AuditPart(String at, String category, String action, String outcome, String detail, List<Long> eventIds) {

    static AuditPart of(AuditEntry entry) {
        return new AuditPart(entry.at().toString(), entry.category().name(), entry.action(), entry.outcome().name(),
                entry.detail(), entry.eventIds());
    }
}
