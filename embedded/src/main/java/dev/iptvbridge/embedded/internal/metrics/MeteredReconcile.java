package dev.iptvbridge.embedded.internal.metrics;

import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.application.service.StepText;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Transition;
import dev.iptvbridge.domain.provisioning.TransitionKind;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts reconciles by outcome and transition, times the lag of the events a successful one used, and
 * logs each lifecycle transition and failure.
 */
public final class MeteredReconcile implements ReconcileAccountUseCase {

    private static final Logger LOG = LoggerFactory.getLogger("dev.iptvbridge.reconcile");

    private final ReconcileAccountUseCase delegate;
    private final BridgeMetrics metrics;

    public MeteredReconcile(ReconcileAccountUseCase delegate, BridgeMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    @Override
    public ReconcileAccountResult reconcile(ReconcileAccountCommand command) {
        ReconcileAccountResult result = delegate.reconcile(command);
        if (!command.dryRun()) {
            result.accept(new Observation(metrics, command.eventIds()));
        }
        return result;
    }

    // Each outcome counted and logged in its own words; a new outcome fails to compile here until it is.
    private record Observation(BridgeMetrics metrics, List<Long> eventIds) implements ReconcileAccountResult.Visitor<Void> {

        @Override
        public Void applied(ReconcileAccountResult.Applied result) {
            count("ok", result.transition());
            metrics.eventsApplied(eventIds);
            logChange(result.accountId(), result.transition(), result.steps());
            return null;
        }

        @Override
        public Void inStep(ReconcileAccountResult.InStep result) {
            count("ok", Transition.NONE);
            metrics.eventsApplied(eventIds);
            return null;
        }

        @Override
        public Void planned(ReconcileAccountResult.Planned result) {
            return null;
        }

        @Override
        public Void skipped(ReconcileAccountResult.Skipped result) {
            count("skipped", Transition.NONE);
            return null;
        }

        @Override
        public Void failed(ReconcileAccountResult.Failed result) {
            count("failed", result.transition());
            logChange(result.accountId(), result.transition(), result.applied());
            logFailure(result.accountId(), result.cause());
            return null;
        }

        @Override
        public Void unread(ReconcileAccountResult.Unread result) {
            count("failed", Transition.NONE);
            logFailure(result.accountId(), result.cause());
            return null;
        }

        private void count(String outcome, Transition transition) {
            metrics.reconciled(outcome, transition.kind().name().toLowerCase(Locale.ROOT));
        }
    }

    private static void logChange(long accountId, Transition transition, List<PlanStep> applied) {
        if (transition.kind() != TransitionKind.NONE) {
            LOG.info("account {}: {}{}: {}", accountId, transition.kind(),
                    transition.reason().map(reason -> " (" + reason.description() + ")").orElse(""), described(applied));
        } else if (!applied.isEmpty()) {
            LOG.info("account {}: updated: {}", accountId, described(applied));
        }
    }

    private static String described(List<PlanStep> applied) {
        return applied.stream().map(StepText::describe).collect(Collectors.joining("; "));
    }

    // Whether it is retried or parked is the queue's to say (its own line follows); a reconcile run by hand is neither.
    private static void logFailure(long accountId, RuntimeException failure) {
        LOG.warn("account {}: reconcile failed: {}", accountId, failure.getMessage());
    }
}
