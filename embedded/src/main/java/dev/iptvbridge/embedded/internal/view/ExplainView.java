package dev.iptvbridge.embedded.internal.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.iptvbridge.application.port.in.AccountExplanation;
import dev.iptvbridge.application.port.in.BillingSide;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The explain view of one account: the one record behind {@code GET /accounts/{i_account}}, the
 * command line's {@code explain} (as JSON with {@link ExplainJson}, or as text for people) and the
 * embedded face's details. A part is null when its system could not be read ({@code unreadable} names
 * it and says why) or has nothing (no account in billing, no customer in Minerva, no queue entry).
 *
 * @param summary     one sentence for people: in step, what a reconcile would do, or who could not be read
 * @param known       false for an account billing does not know and the bridge has no record of
 * @param unreadable  system ({@code portabilling}, {@code minerva}) to the reason it could not be read
 * @param plan        the steps a reconcile would make now; null when billing or Minerva could not be read
 * @param transition  the lifecycle transition of the plan, such as {@code NONE}; null as {@code plan}
 */
@JsonPropertyOrder({"i_account", "summary", "known", "unreadable", "billing", "customer", "desired", "observed",
    "plan", "transition", "queue", "lastApplied", "recentAudit"})
public record ExplainView(@JsonProperty("i_account") long accountId, String summary, boolean known,
                          Map<String, String> unreadable, AccountPart billing, CustomerPart customer,
                          DesiredPart desired, MinervaCustomerPart observed, List<StepPart> plan, String transition,
                          QueuePart queue, AppliedPart lastApplied, List<AuditPart> recentAudit) {

    public static final String PORTABILLING = "portabilling";
    public static final String MINERVA = "minerva";

    public static ExplainView of(AccountExplanation explanation) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        explanation.billing().accept(new UnreadError<>()).ifPresent(error -> unreadable.put(PORTABILLING, error));
        explanation.minerva().accept(new UnreadError<>()).ifPresent(error -> unreadable.put(MINERVA, error));
        BillingSide billing = explanation.billing().asOptional().orElse(null);
        Reconciliation reconciliation = explanation.reconciliation().orElse(null);
        return new ExplainView(explanation.accountId(), ExplainSummary.of(explanation), !explanation.nobodyKnows(),
                unreadable,
                billing == null ? null : billing.account().map(AccountPart::of).orElse(null),
                billing == null ? null : billing.customer().map(CustomerPart::of).orElse(null),
                billing == null || explanation.nobodyKnows() ? null : DesiredPart.of(billing.desired()),
                explanation.minerva().asOptional().flatMap(found -> found.map(MinervaCustomerPart::of)).orElse(null),
                reconciliation == null ? null : reconciliation.plan().steps().stream().map(StepPart::of).toList(),
                reconciliation == null ? null : reconciliation.transition().kind().name(),
                explanation.queue().map(QueuePart::of).orElse(null),
                explanation.lastApplied().map(AppliedPart::of).orElse(null),
                explanation.recentAudit().stream().map(AuditPart::of).toList());
    }
}
