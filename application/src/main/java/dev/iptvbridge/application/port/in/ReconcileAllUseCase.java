package dev.iptvbridge.application.port.in;

/**
 * Queues every account of the served environment and every customer Minerva holds, so that the
 * workers repair any drift between the two. It queues; the workers do the reconciling.
 */
public interface ReconcileAllUseCase {

    ReconcileAllResult reconcileAll(ProgressListener progress);
}
