package dev.iptvbridge.bootstrap.console;

import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.application.port.out.AuditOutcome;
import java.time.Clock;
import java.util.List;

/** Writes who did what from the console into the audit trail (account 0 when it was not one account). */
final class ConsoleAudit {

    private final AuditLogPort audit;
    private final Clock clock;

    ConsoleAudit(AuditLogPort audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    void record(ConsoleSession session, long account, AuditCategory category, String action, String detail) {
        audit.append(new AuditEntry(clock.instant(), account, List.of(), category, "console " + action, AuditOutcome.OK,
                detail + " (by " + session.username() + " in the console)"));
    }
}
