package dev.iptvbridge.embedded.internal.view;

import dev.iptvbridge.application.port.in.AccountExplanation;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.PlanStep;
import java.util.LinkedHashMap;
import java.util.Map;

/** The explain view as plain maps, ready for JSON: what billing says, what Minerva holds, and the plan. */
public final class ExplainView {

    private ExplainView() {
    }

    public static Map<String, Object> of(AccountExplanation explanation) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("i_account", explanation.accountId());
        view.put("billing", explanation.account().map(ExplainView::account).orElse(null));
        view.put("customer", explanation.customer().map(ExplainView::customer).orElse(null));
        view.put("desired", desired(explanation.reconciliation().desired()));
        view.put("observed", explanation.reconciliation().observed().map(ExplainView::iptv).orElse(null));
        view.put("plan", explanation.reconciliation().plan().steps().stream().map(ExplainView::step).toList());
        view.put("transition", explanation.reconciliation().transition().kind().name());
        view.put("queue", explanation.queue().map(ExplainView::queue).orElse(null));
        view.put("recentAudit", explanation.recentAudit().stream().map(ExplainView::audit).toList());
        return view;
    }

    private static Map<String, Object> account(Account account) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", account.displayId());
        view.put("i_customer", account.customerId());
        view.put("i_env", account.environment().isPresent() ? account.environment().getAsInt() : null);
        view.put("i_product", account.mainProduct());
        view.put("addons", account.addOns().stream().map(addOn -> Map.of("i_product", addOn.product(),
                "effectiveFrom", addOn.effectiveFrom().toString(),
                "effectiveTo", addOn.effectiveTo().map(Object::toString).orElse("open"))).toList());
        view.put("blocked", account.blocked());
        view.put("billStatus", account.billStatus().name());
        return view;
    }

    private static Map<String, Object> customer(Customer customer) {
        return Map.of("i_customer", customer.id(), "name", customer.name(), "status", customer.status().name(),
                "blocked", customer.blocked());
    }

    private static Map<String, Object> desired(DesiredCustomer desired) {
        Map<String, Object> view = desired.accept(new DesiredCustomer.Visitor<Map<String, Object>>() {
            @Override
            public Map<String, Object> absent(DesiredCustomer.Absent absent) {
                return state("ABSENT");
            }

            @Override
            public Map<String, Object> disabled(DesiredCustomer.Disabled disabled) {
                Map<String, Object> state = state("DISABLED");
                state.put("login", disabled.profile().login());
                return state;
            }

            @Override
            public Map<String, Object> enabled(DesiredCustomer.Enabled enabled) {
                Map<String, Object> state = state("ENABLED");
                state.put("login", enabled.profile().login());
                state.put("packages", enabled.entitlement().minervaPackages());
                state.put("wholeHomeDvr", enabled.entitlement().wholeHomeDvr());
                return state;
            }
        });
        desired.reason().ifPresent(reason -> view.put("reason", reason.description()));
        return view;
    }

    private static Map<String, Object> state(String name) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("state", name);
        return view;
    }

    private static Map<String, Object> iptv(IptvCustomer customer) {
        return Map.of("login", customer.login(), "name", customer.name(), "status", customer.status().name(),
                "packages", customer.packages(), "wholeHomeDvr", customer.wholeHomeDvr());
    }

    private static String step(PlanStep step) {
        return step.toString();
    }

    private static Map<String, Object> queue(QueueEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("state", entry.state().name());
        view.put("attempts", entry.attempts());
        view.put("dueAt", entry.dueAt().toString());
        view.put("lastError", entry.lastError().orElse(null));
        view.put("eventIds", entry.eventIds());
        return view;
    }

    private static Map<String, Object> audit(AuditEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("at", entry.at().toString());
        view.put("category", entry.category().name());
        view.put("action", entry.action());
        view.put("outcome", entry.outcome().name());
        view.put("detail", entry.detail());
        view.put("eventIds", entry.eventIds());
        return view;
    }
}
