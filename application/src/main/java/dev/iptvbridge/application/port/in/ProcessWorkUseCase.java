package dev.iptvbridge.application.port.in;

import java.util.function.BooleanSupplier;

/** One worker's turn: claim due queue entries, reconcile them, and complete, back off or park each. */
public interface ProcessWorkUseCase {

    /** @return how many entries were claimed (0 when nothing was due) */
    default int processDue(String workerId, int max) {
        return processDue(workerId, max, () -> true);
    }

    /**
     * Like {@link #processDue(String, int)}; an entry claimed but not started while {@code keepGoing}
     * is false (the daemon is stopping) is released at once, for a restart or another daemon to take.
     */
    int processDue(String workerId, int max, BooleanSupplier keepGoing);

    /**
     * Takes the lease of one account as a worker does ({@code reconcile ACCOUNT}): whatever its due
     * time, unless another owner's live lease holds it. Reconciles it under that lease, then completes
     * the entry, or releases it (attempts kept) when the reconcile failed.
     */
    HeldReconcile reconcileHeld(long accountId, String owner);
}
