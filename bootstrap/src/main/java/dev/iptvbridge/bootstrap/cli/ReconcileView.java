package dev.iptvbridge.bootstrap.cli;

import java.time.Instant;
import java.util.List;

/**
 * What {@code reconcile} prints, for people ({@link ResultText}) and as JSON. Every field is always
 * there; one that does not apply to the outcome is {@code null} (a list is then empty).
 *
 * @param account    the {@code i_account}
 * @param outcome    APPLIED, IN_STEP, PLANNED (a dry run), SKIPPED, FAILED, UNREAD or BUSY
 * @param desired    what billing calls for; null when skipped, unread or busy
 * @param observed   what Minerva holds; null when it holds no customer, or was not read
 * @param plan       the steps from observed to desired, in order
 * @param applied    the steps that went through, in order
 * @param transition ACTIVATED, SUSPENDED, RESUMED, PACKAGES_CHANGED, TERMINATED or NONE
 * @param reason     billing's reason for the transition, when there is one
 * @param message    why it failed, was skipped or is busy
 * @param heldBy     busy: the worker that holds the account's lease
 * @param leaseUntil busy: until when
 */
record ReconcileView(long account, Outcome outcome, Customer desired, Customer observed, List<Step> plan,
                     List<Step> applied, String transition, String reason, String message, String heldBy,
                     Instant leaseUntil) {

    /** How the reconcile ended. */
    enum Outcome { APPLIED, IN_STEP, PLANNED, SKIPPED, FAILED, UNREAD, BUSY }

    ReconcileView {
        plan = List.copyOf(plan);
        applied = List.copyOf(applied);
    }

    /**
     * A Minerva customer, desired or observed.
     *
     * @param status       ENABLED, DISABLED or ABSENT (desired only: to be deleted)
     * @param login        null when absent
     * @param name         null when absent
     * @param packages     null when desired disabled or absent (a disabled customer keeps what it has)
     * @param wholeHomeDvr null when desired disabled or absent
     * @param reason       desired only: billing's reason why it may not watch
     */
    record Customer(String status, String login, String name, List<String> packages, Boolean wholeHomeDvr,
                    String reason) {
    }

    /**
     * One call to Minerva.
     *
     * @param step        create, enable, disable, set-packages, change-profile or delete
     * @param description what it does, as the audit trail says it
     */
    record Step(String step, String description) {
    }
}
