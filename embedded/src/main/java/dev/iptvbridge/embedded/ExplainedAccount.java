package dev.iptvbridge.embedded;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the bridge would do for an account, and why; computing it changes nothing.
 *
 * @param accountId    the account's {@code i_account}
 * @param desiredState what Minerva should hold: {@code ENABLED}, {@code DISABLED} or {@code ABSENT};
 *                     {@code UNKNOWN} when billing could not be read ({@code details.unreadable} says why)
 * @param transition   the lifecycle transition the plan would make, such as {@code NONE}; {@code UNKNOWN}
 *                     when billing or Minerva could not be read
 * @param plan         the Minerva changes a reconcile would make now, in order, as text (empty: in step,
 *                     or not known)
 * @param details      the whole view as plain maps and lists, ready for JSON, the same the daemon's
 *                     {@code GET /accounts/{i_account}} answers: billing, customer, desired, observed,
 *                     plan, transition, queue, last applied state and recent audit, with
 *                     {@code summary}, {@code known} and {@code unreadable}
 */
public record ExplainedAccount(long accountId, String desiredState, String transition, List<String> plan,
                               Map<String, Object> details) {

    public ExplainedAccount {
        requireNonNull(desiredState, "desiredState is null");
        requireNonNull(transition, "transition is null");
        plan = List.copyOf(plan);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
