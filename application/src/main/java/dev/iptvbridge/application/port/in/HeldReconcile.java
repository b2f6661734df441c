package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** What reconciling an account under its lease came to: reconciled, or the lease was someone else's. */
public sealed interface HeldReconcile {

    <R> R accept(Visitor<R> visitor);

    /** One method per answer. */
    interface Visitor<R> {
        R reconciled(Reconciled answer);

        R heldElsewhere(HeldElsewhere answer);
    }

    /** The lease was taken and the account reconciled; the entry was completed, or released when it failed. */
    record Reconciled(ReconcileAccountResult result) implements HeldReconcile {
        public Reconciled {
            requireNonNull(result, "result is null");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reconciled(this);
        }
    }

    /** A live lease of {@code owner}, until {@code leaseUntil}, holds the account: nothing was done. */
    record HeldElsewhere(String owner, Instant leaseUntil) implements HeldReconcile {
        public HeldElsewhere {
            requireNonNull(owner, "owner is null");
            requireNonNull(leaseUntil, "leaseUntil is null");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.heldElsewhere(this);
        }
    }
}
