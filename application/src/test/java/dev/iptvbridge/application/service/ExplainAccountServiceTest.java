package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.AccountExplanation;
import dev.iptvbridge.application.port.in.BillingSide;
import dev.iptvbridge.application.port.in.Reading;
import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Reason;
import dev.iptvbridge.domain.provisioning.TransitionKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExplainAccountServiceTest {

    private final TestBridge bridge = new TestBridge().withGoodCustomer();
    private final ExplainAccountService service =
            new ExplainAccountService(bridge.reader, bridge.platform, bridge.queue, bridge.audit, bridge.applied);

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
        BillingSide billing = explanation.billing().asOptional().orElseThrow();
        assertThat(billing.account()).hasValueSatisfying(account -> assertThat(account.blocked()).isTrue());
        assertThat(billing.customer()).hasValueSatisfying(customer -> assertThat(customer.name()).isEqualTo(NAME));
        assertThat(explanation.minerva()).isEqualTo(new Reading.Read<>(Optional.of(minerva(IptvStatus.ENABLED, BASIC, false))));
        var reconciliation = explanation.reconciliation().orElseThrow();
        assertThat(reconciliation.plan().steps()).containsExactly(new PlanStep.Disable(Reason.BLOCKED));
        assertThat(reconciliation.transition().kind()).isEqualTo(TransitionKind.SUSPENDED);
        assertThat(explanation.queue()).hasValueSatisfying(entry -> assertThat(entry.key()).isEqualTo(WorkKey.account(ACCOUNT)));
        assertThat(explanation.recentAudit()).hasSize(auditBefore);
        assertThat(explanation.recentAudit().get(0).action()).as("newest first").isEqualTo("report-status");
        assertThat(explanation.lastApplied()).hasValueSatisfying(
                state -> assertThat(state.customer()).contains(minerva(IptvStatus.ENABLED, BASIC, false)));
        assertThat(explanation.nobodyKnows()).isFalse();

        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
        assertThat(bridge.platform.changes()).hasSize(1);
        assertThat(bridge.audit.entries()).hasSize(auditBefore);
        assertThat(bridge.reported()).hasSize(1);
    }

    @Test
    void withMinervaDownItShowsBillingAndTheBridgesRecordsAndSaysMinervaCouldNotBeRead() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));
        bridge.platform.failFind(1, new TransientFailure("Minerva answered 503", null));

        AccountExplanation explanation = service.explain(ACCOUNT);

        assertThat(explanation.minerva()).isEqualTo(new Reading.Unread<Optional<IptvCustomer>>("Minerva answered 503"));
        assertThat(explanation.billing().asOptional()).isPresent();
        assertThat(explanation.reconciliation()).as("no plan without Minerva's side").isEmpty();
        assertThat(explanation.recentAudit()).isNotEmpty();
        assertThat(explanation.lastApplied()).isPresent();
    }

    @Test
    void withBillingDownItShowsMinervaAndTheBridgesRecordsAndSaysBillingCouldNotBeRead() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));
        bridge.billing.failNextCall(new TransientFailure("PortaBilling timed out", null));

        AccountExplanation explanation = service.explain(ACCOUNT);

        assertThat(explanation.billing()).isEqualTo(new Reading.Unread<BillingSide>("PortaBilling timed out"));
        assertThat(explanation.minerva().asOptional()).contains(Optional.of(minerva(IptvStatus.ENABLED, BASIC, false)));
        assertThat(explanation.reconciliation()).isEmpty();
        assertThat(explanation.lastApplied()).isPresent();
        assertThat(explanation.nobodyKnows()).isFalse();
    }

    @Test
    void anAccountNobodyKnowsIsSaidToBeUnknownNotTerminated() {
        AccountExplanation explanation = service.explain(ACCOUNT);

        assertThat(explanation.nobodyKnows()).isTrue();
        assertThat(explanation.billing().asOptional().orElseThrow().account()).isEmpty();
        assertThat(explanation.queue()).isEmpty();
        assertThat(explanation.recentAudit()).isEmpty();
    }

    @Test
    void anAccountBillingForgotButTheBridgeProvisionedIsTerminated() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));
        bridge.billing.forgetAccount(ACCOUNT);

        AccountExplanation explanation = service.explain(ACCOUNT);

        assertThat(explanation.nobodyKnows()).isFalse();
        assertThat(explanation.reconciliation().orElseThrow().desired().reason()).contains(Reason.TERMINATED);
        assertThat(explanation.reconciliation().orElseThrow().plan().steps()).containsExactly(new PlanStep.Delete());
    }
}
