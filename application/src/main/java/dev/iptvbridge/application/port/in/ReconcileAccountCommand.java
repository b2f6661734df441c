package dev.iptvbridge.application.port.in;

import java.util.List;

/**
 * Reconcile one account now.
 *
 * @param dryRun       compute and show the plan without touching Minerva or the queue
 * @param eventIds     the events that led here, for the audit trail
 * @param lease        asked before each write; {@link LeaseGuard#NONE} when the caller holds no lease
 * @param trustApplied whether the reconcile may plan against what the bridge last applied, while that is
 *                     fresh, instead of reading Minerva first (docs/adr/0018-trust-what-the-bridge-applied.md):
 *                     true only for a worker's reconcile of events; an operator's or a comparison's reads
 */
public record ReconcileAccountCommand(long accountId, boolean dryRun, List<Long> eventIds, LeaseGuard lease,
                                      boolean trustApplied) {

    public ReconcileAccountCommand {
        eventIds = List.copyOf(eventIds);
        java.util.Objects.requireNonNull(lease, "lease is null");
    }

    /** One that reads Minerva first. */
    public ReconcileAccountCommand(long accountId, boolean dryRun, List<Long> eventIds, LeaseGuard lease) {
        this(accountId, dryRun, eventIds, lease, false);
    }

    public ReconcileAccountCommand(long accountId, boolean dryRun, List<Long> eventIds) {
        this(accountId, dryRun, eventIds, LeaseGuard.NONE);
    }

    public static ReconcileAccountCommand of(long accountId) {
        return new ReconcileAccountCommand(accountId, false, List.of());
    }
}
