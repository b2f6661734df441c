package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.Outcomes.applied;
import static dev.iptvbridge.application.service.Outcomes.failed;
import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.fake.FakeProvisioningStatus.Report;
import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditOutcome;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Reason;
import dev.iptvbridge.domain.provisioning.TransitionKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Failures in the middle of a plan, lost answers, and a create that finds the customer there. */
class ReconcileFailuresTest {

    private final TestBridge bridge = new TestBridge().withGoodCustomer();

    @Test
    void aFailureInTheMiddleOfAPlanStopsItReportsRetryAndTheNextReconcileFinishesTheJob() {
        // Premium after basic while disabled: change-profile, set-packages, enable.
        bridge.billing.put(openAccount(TV_PREMIUM));
        bridge.platform.put(minerva(IptvStatus.DISABLED, BASIC, false));
        bridge.platform.failCall(2, new TransientFailure("Minerva answered 503", null));

        ReconcileAccountResult result = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(failed(result).cause()).hasMessage("Minerva answered 503");
        assertThat(failed(result).applied()).containsExactly(
                new PlanStep.ChangeProfile(Optional.empty(), Optional.empty(), Optional.of(true)));
        assertThat(bridge.platform.changes()).hasSize(2).noneMatch(call -> call.startsWith("enable"));
        assertThat(bridge.audit.entries(AuditCategory.MINERVA))
                .extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("change-profile", AuditOutcome.OK),
                        org.assertj.core.groups.Tuple.tuple("set-packages", AuditOutcome.FAILED));
        assertThat(bridge.audit.entries(AuditCategory.MINERVA).get(1).detail()).contains("Minerva answered 503");
        assertThat(bridge.reported()).containsExactly(
                new Report(ACCOUNT, ProvisioningStatus.RETRY, "Minerva: Minerva answered 503"));
        assertThat(bridge.applied.find(ACCOUNT)).hasValueSatisfying(state -> assertThat(state.customer())
                .as("the state left is the one the applied step made").contains(minerva(IptvStatus.DISABLED, BASIC, true)));

        ReconcileAccountResult second = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(applied(second).steps()).containsExactly(new PlanStep.SetPackages(PREMIUM), new PlanStep.Enable());
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, PREMIUM, true));
        assertThat(bridge.lastReported()).hasValueSatisfying(report -> assertThat(report.status()).isEqualTo(ProvisioningStatus.OK));
    }

    @Test
    void aSuspensionWhoseLaterStepFailsIsStillAuditedAsATransition() {
        Account blockedAndRenamed = new Account(ACCOUNT, "alice2@tv.example", CUSTOMER, ENV, TV_BASIC, List.of(), true,
                BillStatus.OPEN);
        bridge.billing.put(blockedAndRenamed);
        bridge.platform.put(minerva(IptvStatus.ENABLED, BASIC, false));
        bridge.platform.failCall(2, new TransientFailure("Minerva timed out", null));

        ReconcileAccountResult result = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(failed(result).applied()).containsExactly(new PlanStep.Disable(Reason.BLOCKED));
        assertThat(bridge.platform.get(ACCOUNT).map(IptvCustomer::status)).contains(IptvStatus.DISABLED);
        assertThat(failed(result).transition().kind()).isEqualTo(TransitionKind.SUSPENDED);
        assertThat(bridge.audit.entries(AuditCategory.TRANSITION)).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("SUSPENDED"));

        bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(bridge.platform.get(ACCOUNT)).contains(new IptvCustomer(ACCOUNT, "alice2@tv.example", NAME,
                IptvStatus.DISABLED, BASIC, false));
    }

    @Test
    void aPermanentFailureIsReportedAsFailed() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.platform.failCall(1, new PermanentFailure("Minerva refused: unknown package ch-basic"));

        ReconcileAccountResult result = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(failed(result).cause()).isInstanceOf(PermanentFailure.class);
        assertThat(failed(result).applied()).isEmpty();
        assertThat(bridge.platform.get(ACCOUNT)).isEmpty();
        assertThat(bridge.reported()).containsExactly(new Report(ACCOUNT, ProvisioningStatus.FAILED,
                "Minerva: Minerva refused: unknown package ch-basic"));
    }

    @Test
    void aCustomerMinervaLostMidPlanIsReportedForRetryNotAsFailed() {
        bridge.billing.put(account(ACCOUNT, TV_BASIC, true, BillStatus.OPEN));
        bridge.platform.put(minerva(IptvStatus.ENABLED, BASIC, false));
        bridge.platform.failCall(1, new NotFoundFailure("Minerva: no customer 1000889"));

        ReconcileAccountResult result = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(failed(result).cause()).isInstanceOf(NotFoundFailure.class);
        assertThat(bridge.lastReported()).hasValueSatisfying(
                report -> assertThat(report.status()).isEqualTo(ProvisioningStatus.RETRY));
    }

    @Test
    void aStepWhoseAnswerWasLostIsNotRepeatedWhenTheNextReconcileFindsItDone() {
        bridge.billing.put(openAccount(TV_PREMIUM));
        bridge.platform.put(minerva(IptvStatus.DISABLED, BASIC, false));
        bridge.platform.applyThenFailCall(2, new TransientFailure("read timed out", null));

        ReconcileAccountResult result = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));
        assertThat(failed(result).applied()).as("set-packages went through; its answer did not come back")
                .containsExactly(new PlanStep.ChangeProfile(Optional.empty(), Optional.empty(), Optional.of(true)));
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.DISABLED, PREMIUM, true));

        ReconcileAccountResult second = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(applied(second).steps()).containsExactly(new PlanStep.Enable());
        assertThat(bridge.platform.changes()).filteredOn(call -> call.startsWith("set-packages")).hasSize(1);
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, PREMIUM, true));
    }

    @Test
    void aCreateAnsweredFalseConvergesByReadingMinervaAgain() {
        bridge.billing.put(openAccount(TV_PREMIUM));
        // An earlier attempt created the customer (from older billing data) but its answer was lost.
        bridge.platform.nextCreateFinds(minerva(IptvStatus.DISABLED, BASIC, false));

        ReconcileAccountResult result = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, PREMIUM, true));
        assertThat(applied(result).steps()).extracting(StepText::name)
                .containsExactly("create", "change-profile", "set-packages", "enable");
        assertThat(bridge.platform.finds()).as("read before the plan and after the create").isEqualTo(2);
        assertThat(applied(result).transition().kind()).isEqualTo(TransitionKind.ACTIVATED);
        assertThat(bridge.lastReported()).contains(new Report(ACCOUNT, ProvisioningStatus.OK,
                "enabled with 3 packages [ch-basic, ch-premium, vod] and whole-home DVR"));
    }

    @Test
    void aCreateAnsweredFalseForTheSameCustomerNeedsNothingMore() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.platform.nextCreateFinds(minerva(IptvStatus.ENABLED, BASIC, false));

        ReconcileAccountResult result = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(applied(result).steps()).extracting(StepText::name).containsExactly("create");
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
    }
}
