package dev.iptvbridge.application.port.in;

/**
 * Whether the caller still holds the lease of the account it reconciles. A reconcile asks before
 * each write to Minerva and before recording its outcome, and stops when the answer is no: the
 * lease's new owner reconciles the account, from newer billing data.
 */
@FunctionalInterface
public interface LeaseGuard {

    /** For callers that hold no lease: a dry run, or a test. Always held. */
    LeaseGuard NONE = () -> true;

    /** May ask the queue; false once the lease is lost, and from then on. */
    boolean stillHeld();
}
