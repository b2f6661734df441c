package dev.iptvbridge.application.port.in;

/**
 * Reads the account from billing, computes what Minerva should hold, reads what it holds and
 * applies the smallest plan, step by step, auditing each step. Safe to repeat at any time.
 */
public interface ReconcileAccountUseCase {

    /**
     * A failing step stops the plan and is returned in the result, never thrown;
     * a failure reading billing or Minerva is returned the same way.
     */
    ReconcileAccountResult reconcile(ReconcileAccountCommand command);
}
