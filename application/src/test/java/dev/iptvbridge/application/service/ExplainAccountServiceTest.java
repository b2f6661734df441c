package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.AccountExplanation;
import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Reason;
import dev.iptvbridge.domain.provisioning.TransitionKind;
import org.junit.jupiter.api.Test;

class ExplainAccountServiceTest {

    private final TestBridge bridge = new TestBridge().withGoodCustomer();
    private final ExplainAccountService service =
            new ExplainAccountService(bridge.reader, bridge.platform, bridge.queue, bridge.audit);

    @Test
    void showsBillingMinervaThePlanTheQueueAndTheAuditWithoutChangingAnything() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));
        bridge.reported();
        bridge.billing.put(account(ACCOUNT, TV_BASIC, true, BillStatus.OPEN));
        bridge.queue.enqueue(WorkKey.account(ACCOUNT), START);
        int auditBefore = bridge.audit.entries().size();

        AccountExplanation explanation = service.explain(ACCOUNT);

        assertThat(explanation.accountId()).isEqualTo(ACCOUNT);
        assertThat(explanation.account()).hasValueSatisfying(account -> assertThat(account.blocked()).isTrue());
        assertThat(explanation.customer()).hasValueSatisfying(customer -> assertThat(customer.name()).isEqualTo(NAME));
        assertThat(explanation.reconciliation().observed()).contains(minerva(IptvStatus.ENABLED, BASIC, false));
        assertThat(explanation.reconciliation().plan().steps()).containsExactly(new PlanStep.Disable(Reason.BLOCKED));
        assertThat(explanation.reconciliation().transition().kind()).isEqualTo(TransitionKind.SUSPENDED);
        assertThat(explanation.queue()).hasValueSatisfying(entry -> assertThat(entry.key()).isEqualTo(WorkKey.account(ACCOUNT)));
        assertThat(explanation.recentAudit()).hasSize(auditBefore);
        assertThat(explanation.recentAudit().get(0).action()).as("newest first").isEqualTo("report-status");

        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
        assertThat(bridge.platform.changes()).hasSize(1);
        assertThat(bridge.audit.entries()).hasSize(auditBefore);
        assertThat(bridge.reported()).hasSize(1);
    }

    @Test
    void explainsAnAccountBillingNoLongerKnows() {
        AccountExplanation explanation = service.explain(ACCOUNT);

        assertThat(explanation.account()).isEmpty();
        assertThat(explanation.reconciliation().desired().reason()).contains(Reason.TERMINATED);
        assertThat(explanation.reconciliation().plan().isEmpty()).isTrue();
        assertThat(explanation.queue()).isEmpty();
        assertThat(explanation.recentAudit()).isEmpty();
    }
}
