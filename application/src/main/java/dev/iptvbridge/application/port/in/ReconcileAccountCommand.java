package dev.iptvbridge.application.port.in;

import java.util.List;

/**
 * Reconcile one account now.
 *
 * @param dryRun   compute and show the plan without touching Minerva or the queue
 * @param eventIds the events that led here, for the audit trail
 */
public record ReconcileAccountCommand(long accountId, boolean dryRun, List<Long> eventIds) {

    public ReconcileAccountCommand {
        eventIds = List.copyOf(eventIds);
    }

    public static ReconcileAccountCommand of(long accountId) {
        return new ReconcileAccountCommand(accountId, false, List.of());
    }
}
