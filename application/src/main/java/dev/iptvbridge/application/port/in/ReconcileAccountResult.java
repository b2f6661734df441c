package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import dev.iptvbridge.domain.provisioning.Transition;
import java.util.List;
import java.util.Optional;

/**
 * What a reconcile found and did.
 *
 * @param first      desired, observed and plan as first computed; empty when billing or Minerva could not be read
 * @param applied    the steps that went through, in order (none in a dry run)
 * @param transition the lifecycle transition that the applied steps made
 * @param failure    the failure that stopped the plan, when one did
 * @param skipped    why nothing was looked at (an account of another environment), when so
 */
public record ReconcileAccountResult(long accountId, Optional<Reconciliation> first, List<PlanStep> applied,
                                     Transition transition, Optional<IntegrationException> failure,
                                     Optional<String> skipped) {

    public ReconcileAccountResult {
        requireNonNull(first, "first is null");
        applied = List.copyOf(requireNonNull(applied, "applied is null"));
        requireNonNull(transition, "transition is null");
        requireNonNull(failure, "failure is null");
        requireNonNull(skipped, "skipped is null");
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }
}
