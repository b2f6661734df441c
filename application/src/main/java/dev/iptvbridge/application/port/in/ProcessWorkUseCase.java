package dev.iptvbridge.application.port.in;

/** One worker's turn: claim due queue entries, reconcile them, and complete, back off or park each. */
public interface ProcessWorkUseCase {

    /** @return how many entries were claimed (0 when nothing was due) */
    int processDue(String workerId, int max);
}
