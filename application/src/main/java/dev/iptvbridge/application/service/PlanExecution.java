package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.domain.provisioning.PlanStep;
import java.util.List;
import java.util.Optional;

/**
 * What applying a plan did: the steps that went through, whether the platform must be read again
 * (a create found the customer already there), and the failure that stopped it.
 */
record PlanExecution(List<PlanStep> applied, boolean mustReread, Optional<IntegrationException> failure) {

    PlanExecution {
        applied = List.copyOf(requireNonNull(applied, "applied is null"));
        requireNonNull(failure, "failure is null");
    }
}
