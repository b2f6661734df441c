package dev.iptvbridge.embedded;

import dev.iptvbridge.application.port.in.AccountExplanation;
import dev.iptvbridge.application.port.in.HeldReconcile;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.embedded.internal.espf.EspfAnswer;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import dev.iptvbridge.embedded.internal.view.ExplainJson;
import dev.iptvbridge.embedded.internal.view.ExplainView;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import dev.iptvbridge.application.service.StepText;
import dev.iptvbridge.domain.provisioning.PlanStep;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one place where the application's results become the face's own records, so that none of them leaks. */
final class Views {

    // Billing or Minerva could not be read: the details say which.
    private static final String UNKNOWN = "UNKNOWN";

    private Views() {
    }

    static ReconcileOutcome outcome(HeldReconcile answer, long accountId) {
        return answer.accept(new HeldReconcile.Visitor<>() {
            @Override
            public ReconcileOutcome reconciled(HeldReconcile.Reconciled reconciled) {
                return outcome(reconciled.result());
            }

            @Override
            public ReconcileOutcome heldElsewhere(HeldReconcile.HeldElsewhere held) {
                return new ReconcileOutcome(accountId, ReconcileOutcome.Result.BUSY, "NONE", List.of(),
                        Optional.of("held by " + held.owner() + " until " + held.leaseUntil() + "; try again later"));
            }
        });
    }

    static ReconcileOutcome outcome(ReconcileAccountResult result) {
        return result.accept(new ReconcileAccountResult.Visitor<>() {
            @Override
            public ReconcileOutcome applied(ReconcileAccountResult.Applied applied) {
                return done(applied.accountId(), applied.transition().kind().name(), applied.steps());
            }

            @Override
            public ReconcileOutcome inStep(ReconcileAccountResult.InStep inStep) {
                return done(inStep.accountId(), "NONE", List.of());
            }

            @Override
            public ReconcileOutcome planned(ReconcileAccountResult.Planned planned) {
                return done(planned.accountId(), "NONE", List.of());
            }

            @Override
            public ReconcileOutcome skipped(ReconcileAccountResult.Skipped skipped) {
                return new ReconcileOutcome(skipped.accountId(), ReconcileOutcome.Result.SKIPPED, "NONE", List.of(),
                        Optional.of(skipped.reason()));
            }

            @Override
            public ReconcileOutcome failed(ReconcileAccountResult.Failed failed) {
                return new ReconcileOutcome(failed.accountId(), ReconcileOutcome.Result.FAILED,
                        failed.transition().kind().name(), texts(failed.applied()),
                        Optional.ofNullable(failed.cause().getMessage()));
            }

            @Override
            public ReconcileOutcome unread(ReconcileAccountResult.Unread unread) {
                return new ReconcileOutcome(unread.accountId(), ReconcileOutcome.Result.FAILED, "NONE", List.of(),
                        Optional.ofNullable(unread.cause().getMessage()));
            }
        });
    }

    private static ReconcileOutcome done(long accountId, String transition, List<PlanStep> steps) {
        return new ReconcileOutcome(accountId, ReconcileOutcome.Result.DONE, transition, texts(steps), Optional.empty());
    }

    private static List<String> texts(List<PlanStep> steps) {
        return steps.stream().map(StepText::describe).toList();
    }

    static ExplainedAccount explained(AccountExplanation explanation) {
        Map<String, Object> details = ExplainJson.asMap(ExplainView.of(explanation));
        Optional<Reconciliation> reconciliation = explanation.reconciliation();
        return new ExplainedAccount(explanation.accountId(),
                explanation.billing().asOptional().map(billing -> state(billing.desired())).orElse(UNKNOWN),
                reconciliation.map(found -> found.transition().kind().name()).orElse(UNKNOWN),
                reconciliation.map(found -> texts(found.plan().steps())).orElse(List.of()), details);
    }

    private static String state(DesiredCustomer desired) {
        return desired.accept(new DesiredCustomer.Visitor<>() {
            @Override
            public String absent(DesiredCustomer.Absent absent) {
                return "ABSENT";
            }

            @Override
            public String disabled(DesiredCustomer.Disabled disabled) {
                return "DISABLED";
            }

            @Override
            public String enabled(DesiredCustomer.Enabled enabled) {
                return "ENABLED";
            }
        });
    }

    static EspfHttpResponse response(EspfAnswer answer) {
        return new EspfHttpResponse(answer.status(), "application/json", answer.headers(), answer.json());
    }

    static EspfHttpResponse unavailable(String message) {
        return new EspfHttpResponse(503, "application/json", Map.of("Retry-After", "5"),
                "{\"error\":\"" + message + "\"}");
    }

}
