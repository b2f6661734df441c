package dev.iptvbridge.embedded;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What one reconcile of an account did.
 *
 * @param accountId  the account's {@code i_account}
 * @param result     done, failed (the rest is retried by the queue when it came from an event), skipped, or busy
 *                   (a worker holds the account's lease: nothing was done, try again)
 * @param transition the lifecycle transition it made, such as {@code ACTIVATED}, {@code SUSPENDED} or {@code NONE}
 * @param applied    the Minerva changes that went through, in order, as text
 * @param message    why it failed or was skipped, when it did or was
 */
public record ReconcileOutcome(long accountId, Result result, String transition, List<String> applied,
                               Optional<String> message) {

    /** How a reconcile ended. */
    public enum Result { DONE, FAILED, SKIPPED, BUSY }

    public ReconcileOutcome {
        requireNonNull(result, "result is null");
        requireNonNull(transition, "transition is null");
        applied = List.copyOf(applied);
        requireNonNull(message, "message is null");
    }
}
