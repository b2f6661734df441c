package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * One line of the append-only audit trail.
 *
 * @param eventIds the {@code i_event}s that led to it (empty for an operator's or a sweep's reconcile)
 * @param action   what was done, such as {@code disable} or {@code SUSPENDED}
 * @param detail   what a person needs: the reason, the packages, or the error
 */
public record AuditEntry(Instant at, long accountId, List<Long> eventIds, AuditCategory category, String action,
                         AuditOutcome outcome, String detail) {

    public AuditEntry {
        requireNonNull(at, "at is null");
        eventIds = List.copyOf(requireNonNull(eventIds, "eventIds is null"));
        requireNonNull(category, "category is null");
        requireNonNull(action, "action is null");
        requireNonNull(outcome, "outcome is null");
        requireNonNull(detail, "detail is null");
    }
}
