package dev.iptvbridge.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.catalog.Entitlement;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Profile;
import dev.iptvbridge.domain.provisioning.Reason;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import dev.iptvbridge.domain.provisioning.Transition;
import dev.iptvbridge.domain.provisioning.TransitionKind;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What an operator reads after {@code reconcile}, for each outcome. */
class ResultTextTest {

    private static final long ACCOUNT = 1_000_889L;
    private static final DesiredCustomer ENABLED = new DesiredCustomer.Enabled(ACCOUNT,
            new Profile("alice@tv.example", "Alice"), new Entitlement(new TreeSet<>(List.of("ch-basic")), false));
    private static final IptvCustomer DISABLED = new IptvCustomer(ACCOUNT, "alice@tv.example", "Alice",
            IptvStatus.DISABLED, new TreeSet<>(List.of("ch-basic")), false);
    private static final Reconciliation RESUME = Reconciliation.of(ENABLED, Optional.of(DISABLED));

    @Test
    void appliedShowsThePlanTheStepsAndTheTransition() {
        String text = ResultText.of(new ReconcileAccountResult.Applied(ACCOUNT, RESUME, List.of(new PlanStep.Enable()),
                new Transition(TransitionKind.RESUMED, Optional.empty())));

        assertThat(text).startsWith("account 1000889\n").contains(
                "desired:    enabled, login alice@tv.example, packages ch-basic, whole-home DVR off",
                "observed:   disabled, login alice@tv.example, packages ch-basic, whole-home DVR off",
                "plan:       enable  enabled", "applied:    enable  enabled", "transition: RESUMED")
                .doesNotContain("FAILED");
        assertNoJavaToString(text);
    }

    @Test
    void inStepSaysNothingWasToDo() {
        String text = ResultText.of(new ReconcileAccountResult.InStep(ACCOUNT,
                Reconciliation.of(ENABLED, Optional.of(DISABLED.withStatus(IptvStatus.ENABLED)))));

        assertThat(text).contains("plan:       nothing to do", "applied:    nothing", "transition: NONE");
        assertNoJavaToString(text);
    }

    @Test
    void aDryRunShowsThePlanAndSaysNothingChanged() {
        String text = ResultText.of(new ReconcileAccountResult.Planned(ACCOUNT, RESUME));

        assertThat(text).contains("plan:       enable  enabled", "would make: RESUMED", "dry run:    nothing was changed")
                .doesNotContain("applied:");
        assertNoJavaToString(text);
    }

    @Test
    void aTerminatedAccountReadsAsAbsentWithItsReasonAndEachStepHasALine() {
        DesiredCustomer gone = new DesiredCustomer.Absent(ACCOUNT, Reason.TERMINATED);
        DesiredCustomer blocked = new DesiredCustomer.Disabled(ACCOUNT, new Profile("alice@tv.example", "Alice"),
                Reason.BLOCKED);
        IptvCustomer enabled = DISABLED.withStatus(IptvStatus.ENABLED);

        String deleted = ResultText.of(new ReconcileAccountResult.Planned(ACCOUNT, Reconciliation.of(gone, Optional.of(enabled))));
        String disabled = ResultText.of(new ReconcileAccountResult.Applied(ACCOUNT,
                Reconciliation.of(blocked, Optional.of(enabled)), List.of(new PlanStep.Disable(Reason.BLOCKED)),
                new Transition(TransitionKind.SUSPENDED, Optional.of(Reason.BLOCKED))));
        String created = ResultText.of(new ReconcileAccountResult.Planned(ACCOUNT, Reconciliation.of(ENABLED, Optional.empty())));

        assertThat(deleted).contains("desired:    absent (account terminated in billing)\n", "plan:       delete  deleted",
                "would make: TERMINATED (account terminated in billing)");
        assertThat(disabled).contains(
                "desired:    disabled (account blocked in billing), login alice@tv.example, packages kept as they are",
                "applied:    disable  disabled: account blocked in billing",
                "transition: SUSPENDED (account blocked in billing)");
        assertThat(created).contains("observed:   no customer in Minerva", "plan:       create  created ENABLED");
        assertNoJavaToString(deleted + disabled + created);
    }

    @Test
    void skippedSaysWhy() {
        String text = ResultText.of(new ReconcileAccountResult.Skipped(ACCOUNT, "account belongs to billing environment 4"));

        assertThat(text).isEqualTo("account 1000889\n  skipped:    account belongs to billing environment 4\n");
    }

    @Test
    void failedShowsWhatWasAppliedBeforeTheFailure() {
        String text = ResultText.of(new ReconcileAccountResult.Failed(ACCOUNT, RESUME, List.of(), Transition.NONE,
                new PermanentFailure("Minerva refused: unknown package ch-basic")));

        assertThat(text).contains("applied:    nothing", "FAILED:     Minerva refused: unknown package ch-basic");
        assertNoJavaToString(text);
    }

    @Test
    void unreadSaysNothingCouldBeRead() {
        String text = ResultText.of(new ReconcileAccountResult.Unread(ACCOUNT,
                new TransientFailure("PortaBilling answered 503", null)));

        assertThat(text).isEqualTo("account 1000889\n  FAILED:     nothing could be read: PortaBilling answered 503\n");
    }

    // What a record's or an Optional's toString looks like: never for an operator's eyes.
    static void assertNoJavaToString(String text) {
        assertThat(text).doesNotContain("[account=", "Optional", "Enabled[", "Disabled[", "Absent[", "IptvCustomer[",
                "Enable[", "Disable[", "SetPackages[", "Create[", "Delete[", "ChangeProfile[", "Transition[");
    }
}
