package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.Outcomes.applied;
import static dev.iptvbridge.application.service.Outcomes.failed;
import static dev.iptvbridge.application.service.Outcomes.inStep;
import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.TransitionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of the six outcomes a reconcile answers, and what each one carries. */
class ReconcileOutcomesTest {

    private final TestBridge bridge = new TestBridge().withGoodCustomer();

    private ReconcileAccountResult reconcile() {
        return bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));
    }

    private ReconcileAccountResult dryRun() {
        return bridge.reconciler.reconcile(new ReconcileAccountCommand(ACCOUNT, true, List.of()));
    }

    @Test
    void stepsThatWentThroughAreAppliedWithTheirTransition() {
        bridge.billing.put(openAccount(TV_BASIC));

        ReconcileAccountResult.Applied applied = applied(reconcile());

        assertThat(applied.accountId()).isEqualTo(ACCOUNT);
        assertThat(applied.steps()).containsExactly(new PlanStep.Create(minerva(IptvStatus.ENABLED, BASIC, false)));
        assertThat(applied.transition().kind()).isEqualTo(TransitionKind.ACTIVATED);
        assertThat(applied.reconciliation().observed()).as("what Minerva held before").isEmpty();
        assertThat(applied.failure()).isEmpty();
    }

    @Test
    void anAccountMinervaAlreadyMatchesIsInStepAndNothingIsCalled() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.platform.put(minerva(IptvStatus.ENABLED, BASIC, false));

        ReconcileAccountResult.InStep inStep = inStep(reconcile());

        assertThat(inStep.reconciliation().observed()).contains(minerva(IptvStatus.ENABLED, BASIC, false));
        assertThat(inStep.failure()).isEmpty();
        assertThat(bridge.platform.changes()).isEmpty();
    }

    @Test
    void aDryRunIsPlannedEvenWhenThereIsNothingToDo() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.platform.put(minerva(IptvStatus.ENABLED, BASIC, false));

        ReconcileAccountResult result = dryRun();

        assertThat(result).isInstanceOfSatisfying(ReconcileAccountResult.Planned.class,
                planned -> assertThat(planned.reconciliation().plan().isEmpty()).isTrue());
        assertThat(result.failure()).isEmpty();
    }

    @Test
    void aDryRunOfAnAccountOfAnotherEnvironmentIsStillSkipped() {
        bridge.billing.put(new Account(ACCOUNT, LOGIN, CUSTOMER, ENV + 1, TV_BASIC, List.of(), false, BillStatus.OPEN));

        assertThat(dryRun()).isInstanceOfSatisfying(ReconcileAccountResult.Skipped.class,
                skipped -> assertThat(skipped.reason()).contains("does not serve"));
        assertThat(bridge.platform.finds()).as("Minerva is not read for another environment's account").isZero();
    }

    @Test
    void aFailingFirstStepIsFailedWithNothingApplied() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.platform.failCall(1, new TransientFailure("Minerva answered 502", null));

        ReconcileAccountResult.Failed failed = failed(reconcile());

        assertThat(failed.applied()).isEmpty();
        assertThat(failed.transition().kind()).isEqualTo(TransitionKind.NONE);
        assertThat(failed.reconciliation().plan().steps()).hasSize(1);
        assertThat(failed.failure()).contains(failed.cause());
    }

    @Test
    void aMinervaReadFailingAfterALostCreateIsFailedWithTheCreateApplied() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.platform.nextCreateFinds(minerva(IptvStatus.DISABLED, BASIC, false));
        // The first find plans; the second, after the create answered false, fails.
        bridge.platform.failFind(2, new TransientFailure("Minerva timed out", null));

        ReconcileAccountResult.Failed failed = failed(reconcile());

        assertThat(failed.applied()).extracting(StepText::name).containsExactly("create");
        assertThat(failed.cause()).hasMessage("Minerva timed out");
    }

    @Test
    void anUnreadableMinervaIsUnreadAndAudited() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.platform.failFind(1, new TransientFailure("Minerva answered 503", null));

        ReconcileAccountResult result = reconcile();

        assertThat(result).isInstanceOfSatisfying(ReconcileAccountResult.Unread.class,
                unread -> assertThat(unread.cause()).hasMessage("Minerva answered 503"));
        assertThat(result.failure()).containsInstanceOf(TransientFailure.class);
        assertThat(bridge.platform.changes()).isEmpty();
        assertThat(bridge.audit.entries(AuditCategory.MINERVA)).isEmpty();
    }
}
