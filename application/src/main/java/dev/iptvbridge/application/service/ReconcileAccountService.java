package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.SystemUnavailable;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.Plan;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Planner;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import dev.iptvbridge.domain.provisioning.Transition;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The loop everything rests on: read billing, compute desired, read Minerva, plan, apply, record.
 * Re-reads Minerva only when a create found the customer already there, and plans again, so a
 * lost answer converges instead of failing; a plan that keeps coming back is a failure. A reconcile of
 * events may skip the first read and plan against what the bridge applied ({@link AppliedStateTrust});
 * when a write then finds Minerva other than assumed (the customer there, or gone), it reads and plans again.
 */
public final class ReconcileAccountService implements ReconcileAccountUseCase {

    static final int MAX_ROUNDS = 3;

    private final DesiredStateReader reader;
    private final IptvPlatformPort platform;
    private final PlanExecutor executor;
    private final OutcomeRecorder recorder;
    private final ServedEnvironment served;
    private final AppliedStateTrust trust;

    /** One that always reads Minerva first. */
    public ReconcileAccountService(DesiredStateReader reader, IptvPlatformPort platform, PlanExecutor executor,
                                   OutcomeRecorder recorder, ServedEnvironment served) {
        this(reader, platform, executor, recorder, served, AppliedStateTrust.NEVER);
    }

    @Inject
    public ReconcileAccountService(DesiredStateReader reader, IptvPlatformPort platform, PlanExecutor executor,
                                   OutcomeRecorder recorder, ServedEnvironment served, AppliedStateTrust trust) {
        this.trust = requireNonNull(trust, "trust is null");
        this.reader = requireNonNull(reader, "reader is null");
        this.platform = requireNonNull(platform, "platform is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.recorder = requireNonNull(recorder, "recorder is null");
        this.served = requireNonNull(served, "served is null");
    }

    @Override
    public ReconcileAccountResult reconcile(ReconcileAccountCommand command) {
        long accountId = command.accountId();
        BillingView view;
        Optional<IptvCustomer> observed;
        boolean assumed = false;
        try {
            view = reader.read(accountId);
            Optional<String> foreign = view.account()
                    .filter(account -> !served.serves(account.environment()))
                    .map(account -> "account belongs to billing environment " + account.environment().getAsInt()
                            + ", which this bridge does not serve");
            // Another environment's account is not ours to look at in Minerva: nothing is read there.
            if (foreign.isPresent()) {
                return new ReconcileAccountResult.Skipped(accountId, foreign.get());
            }
            Optional<Optional<IptvCustomer>> applied = command.trustApplied() && !command.dryRun()
                    ? trust.assumed(accountId, view.desired()) : Optional.empty();
            assumed = applied.isPresent();
            observed = assumed ? applied.get() : platform.find(accountId);
        } catch (IntegrationException failure) {
            recorder.readFailed(accountId, command.eventIds(), failure);
            return new ReconcileAccountResult.Unread(accountId, failure);
        }
        Reconciliation first = Reconciliation.of(view.desired(), observed);
        if (command.dryRun()) {
            return new ReconcileAccountResult.Planned(accountId, first);
        }
        return converge(command, view, first, assumed);
    }

    private ReconcileAccountResult converge(ReconcileAccountCommand command, BillingView view, Reconciliation first,
                                            boolean assumedFirst) {
        DesiredCustomer desired = view.desired();
        boolean assumed = assumedFirst;
        Optional<IptvCustomer> current = first.observed();
        List<PlanStep> applied = new ArrayList<>();
        Optional<IntegrationException> failure = Optional.empty();
        Plan plan = first.plan();
        for (int round = 1; !plan.isEmpty(); round++) {
            if (round > MAX_ROUNDS) {
                failure = Optional.of(new TransientFailure("Minerva did not converge after " + MAX_ROUNDS
                        + " rounds; still to do: " + plan.steps(), null));
                break;
            }
            PlanExecution execution = executor.apply(plan, command.eventIds(), command.lease());
            applied.addAll(execution.applied());
            failure = execution.failure();
            if (assumed && differs(execution)) {
                // Minerva is not what the bridge last left there: read it, and plan from what it holds.
                assumed = false;
                try {
                    current = platform.find(command.accountId());
                } catch (IntegrationException unreadable) {
                    failure = Optional.of(unreadable);
                    break;
                }
                first = Reconciliation.of(desired, current);
                failure = Optional.empty();
                plan = first.plan();
                continue;
            }
            if (failure.isPresent()) {
                // The steps before the failing one went through: the transition and the applied state must show them.
                current = new Plan(command.accountId(), execution.applied()).applyTo(current);
                break;
            }
            try {
                current = execution.mustReread() ? platform.find(command.accountId()) : plan.applyTo(current);
            } catch (IntegrationException unreadable) {
                failure = Optional.of(unreadable);
                break;
            }
            plan = Planner.plan(desired, current);
        }
        Transition transition = Transition.between(first.observed(), current, desired);
        if (!command.lease().stillHeld()) {
            // The lease's new owner records the outcome it reaches, from newer billing data.
            return new ReconcileAccountResult.Failed(command.accountId(), first, applied, transition,
                    PlanExecutor.leaseLost(command.accountId()));
        }
        recorder.recordOutcome(command, view, current, applied, transition, failure);
        if (failure.isPresent()) {
            return new ReconcileAccountResult.Failed(command.accountId(), first, applied, transition, failure.get());
        }
        return applied.isEmpty() ? new ReconcileAccountResult.InStep(command.accountId(), first)
                : new ReconcileAccountResult.Applied(command.accountId(), first, applied, transition);
    }

    // A create that found the customer there, or a write that found it gone; other failures are what they are.
    private static boolean differs(PlanExecution execution) {
        return execution.failure().map(failure -> failure.accept(NOT_FOUND)).orElse(execution.mustReread());
    }

    private static final IntegrationException.Visitor<Boolean> NOT_FOUND = new IntegrationException.Visitor<>() {
        @Override
        public Boolean transientFailure(TransientFailure failure) {
            return false;
        }

        @Override
        public Boolean unavailable(SystemUnavailable failure) {
            return false;
        }

        @Override
        public Boolean permanent(PermanentFailure failure) {
            return false;
        }

        @Override
        public Boolean notFound(NotFoundFailure failure) {
            return true;
        }
    };
}
