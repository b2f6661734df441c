package dev.iptvbridge.application.port.in;

import java.util.List;

/**
 * Reconcile one account now.
 *
 * @param dryRun   compute and show the plan without touching Minerva or the queue
 * @param eventIds the events that led here, for the audit trail
 * @param lease    asked before each write; {@link LeaseGuard#NONE} when the caller holds no lease
 */
public record ReconcileAccountCommand(long accountId, boolean dryRun, List<Long> eventIds, LeaseGuard lease) {

    public ReconcileAccountCommand {
        eventIds = List.copyOf(eventIds);
        java.util.Objects.requireNonNull(lease, "lease is null");
    }

    public ReconcileAccountCommand(long accountId, boolean dryRun, List<Long> eventIds) {
        this(accountId, dryRun, eventIds, LeaseGuard.NONE);
    }

    public static ReconcileAccountCommand of(long accountId) {
        return new ReconcileAccountCommand(accountId, false, List.of());
    }
}
