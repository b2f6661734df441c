package dev.iptvbridge.embedded;

import dev.iptvbridge.application.port.in.AccountExplanation;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.embedded.internal.espf.EspfAnswer;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import dev.iptvbridge.embedded.internal.view.ExplainView;
import java.util.Map;
import java.util.Optional;

/** The one place where the application's results become the face's own records, so that none of them leaks. */
final class Views {

    private Views() {
    }

    static ReconcileOutcome outcome(ReconcileAccountResult result) {
        ReconcileOutcome.Result ended = result.skipped().isPresent() ? ReconcileOutcome.Result.SKIPPED
                : result.succeeded() ? ReconcileOutcome.Result.DONE : ReconcileOutcome.Result.FAILED;
        Optional<String> message = result.skipped().or(() -> result.failure().map(Throwable::getMessage));
        return new ReconcileOutcome(result.accountId(), ended, result.transition().kind().name(),
                result.applied().stream().map(Object::toString).toList(), message);
    }

    static ExplainedAccount explained(AccountExplanation explanation) {
        Map<String, Object> details = ExplainView.of(explanation);
        return new ExplainedAccount(explanation.accountId(),
                state(explanation.reconciliation().desired()),
                explanation.reconciliation().transition().kind().name(),
                explanation.reconciliation().plan().steps().stream().map(Object::toString).toList(), details);
    }

    private static String state(DesiredCustomer desired) {
        if (desired instanceof DesiredCustomer.Enabled) {
            return "ENABLED";
        }
        return desired instanceof DesiredCustomer.Disabled ? "DISABLED" : "ABSENT";
    }

    static EspfHttpResponse response(EspfAnswer answer) {
        return new EspfHttpResponse(answer.status(), "application/json", answer.headers(), answer.json());
    }

    static EspfHttpResponse unavailable(String message) {
        return new EspfHttpResponse(503, "application/json", Map.of("Retry-After", "5"),
                "{\"error\":\"" + message + "\"}");
    }

}
