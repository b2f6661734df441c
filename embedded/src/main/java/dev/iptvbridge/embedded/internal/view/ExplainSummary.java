package dev.iptvbridge.embedded.internal.view;

import dev.iptvbridge.application.port.in.AccountExplanation;
import dev.iptvbridge.application.port.in.BillingSide;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.service.StepText;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import java.util.Optional;
import java.util.stream.Collectors;

/** The explain view's one sentence for people. */
final class ExplainSummary {

    private ExplainSummary() {
    }

    static String of(AccountExplanation explanation) {
        long id = explanation.accountId();
        boolean minervaUnread = explanation.minerva().asOptional().isEmpty();
        if (explanation.nobodyKnows()) {
            return "no account " + id + " in billing and nothing in the bridge's records"
                    + (minervaUnread ? " (Minerva could not be read)" : "");
        }
        String parked = explanation.queue().filter(entry -> entry.state() == QueueState.PARKED)
                .map(entry -> "; parked after " + entry.attempts() + " attempts: "
                        + entry.lastError().orElse("no error recorded") + " (retry-parked " + id + " queues it again)")
                .orElse("");
        Optional<Reconciliation> reconciliation = explanation.reconciliation();
        if (reconciliation.isPresent()) {
            return reconciled(reconciliation.get()) + parked;
        }
        Optional<BillingSide> billing = explanation.billing().asOptional();
        Optional<Optional<IptvCustomer>> minerva = explanation.minerva().asOptional();
        if (billing.isPresent()) {
            return "Minerva could not be read; billing calls for " + desired(billing.get().desired()) + parked;
        }
        if (minerva.isPresent()) {
            return "billing could not be read; Minerva holds " + minerva.get().map(ExplainSummary::held).orElse("no customer")
                    + parked;
        }
        return "neither billing nor Minerva could be read; what the bridge knows is below" + parked;
    }

    private static String reconciled(Reconciliation reconciliation) {
        String holds = reconciliation.observed().map(ExplainSummary::held).orElse("no customer");
        String why = reconciliation.desired().reason().map(reason -> " (" + reason.description() + ")").orElse("");
        if (reconciliation.plan().isEmpty()) {
            return reconciliation.observed().isPresent() ? "in step: Minerva holds " + holds + ", as billing calls for" + why
                    : "in step: no customer in Minerva, and none to create" + why;
        }
        return "out of step: Minerva holds " + holds + ", billing calls for " + desired(reconciliation.desired())
                + "; a reconcile would do: " + reconciliation.plan().steps().stream().map(StepText::describe)
                .collect(Collectors.joining(", "));
    }

    private static String held(IptvCustomer customer) {
        return customer.login() + " " + customer.status() + " with " + (customer.packages().isEmpty() ? "no packages"
                : String.join(", ", customer.packages())) + (customer.wholeHomeDvr() ? " and whole-home DVR" : "");
    }

    private static String desired(DesiredCustomer desired) {
        String why = desired.reason().map(reason -> " (" + reason.description() + ")").orElse("");
        return desired.accept(new DesiredCustomer.Visitor<>() {
            @Override
            public String absent(DesiredCustomer.Absent absent) {
                return "no customer" + why;
            }

            @Override
            public String disabled(DesiredCustomer.Disabled disabled) {
                return "it DISABLED" + why;
            }

            @Override
            public String enabled(DesiredCustomer.Enabled enabled) {
                return "it ENABLED with " + String.join(", ", enabled.entitlement().minervaPackages());
            }
        });
    }
}
