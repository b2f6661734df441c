package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.Outcomes.applied;
import static dev.iptvbridge.application.service.Outcomes.inStep;
import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.fake.FakeProvisioningStatus.Report;
import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditOutcome;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Reason;
import dev.iptvbridge.domain.provisioning.TransitionKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each lifecycle row end to end: billing says, Minerva holds, and after one reconcile. */
class ReconcileAccountServiceTest {

    private static final AddOn SPORTS = AddOn.from(SPORTS_ADDON, START.minus(Duration.ofDays(2)));

    record Row(String name, Account account, CustomerStatus customer, IptvCustomer before, IptvCustomer after,
               List<String> calls, TransitionKind transition, String transitionDetail, String status) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        IptvCustomer enabledSports = minerva(IptvStatus.ENABLED, BASIC_SPORTS, false);
        IptvCustomer disabledSports = minerva(IptvStatus.DISABLED, BASIC_SPORTS, false);
        IptvCustomer enabledBasic = minerva(IptvStatus.ENABLED, BASIC, false);
        IptvCustomer disabledBasic = minerva(IptvStatus.DISABLED, BASIC, false);
        IptvCustomer enabledPremium = minerva(IptvStatus.ENABLED, PREMIUM, true);
        String sportsOk = "enabled with 3 packages [ch-basic, ch-sports, vod]";
        String premiumOk = "enabled with 3 packages [ch-basic, ch-premium, vod] and whole-home DVR";
        return Stream.of(
                new Row("account created with an IPTV product: created enabled with product and add-on packages",
                        openAccount(TV_BASIC, SPORTS), CustomerStatus.OPEN, null, enabledSports,
                        List.of("create"), TransitionKind.ACTIVATED, sportsOk, sportsOk),
                new Row("account unblocked: enabled again with its packages brought up to date",
                        openAccount(TV_BASIC, SPORTS), CustomerStatus.OPEN, disabledBasic, enabledSports,
                        List.of("set-packages", "enable"), TransitionKind.RESUMED, sportsOk, sportsOk),
                new Row("product changed to one with IPTV: enabled with the new packages and DVR",
                        openAccount(TV_PREMIUM), CustomerStatus.OPEN, disabledBasic, enabledPremium,
                        List.of("change-profile", "set-packages", "enable"), TransitionKind.RESUMED, premiumOk, premiumOk),
                new Row("product changed between IPTV offers: packages replaced",
                        openAccount(TV_PREMIUM), CustomerStatus.OPEN, enabledBasic, enabledPremium,
                        List.of("change-profile", "set-packages"), TransitionKind.PACKAGES_CHANGED, premiumOk, premiumOk),
                new Row("account blocked: disabled, packages kept",
                        account(ACCOUNT, TV_BASIC, true, BillStatus.OPEN, SPORTS), CustomerStatus.OPEN, enabledSports,
                        disabledSports, List.of("disable"), TransitionKind.SUSPENDED, "account blocked in billing",
                        "disabled, keeping 3 packages [ch-basic, ch-sports, vod]"),
                new Row("customer suspended: disabled, packages kept",
                        openAccount(TV_BASIC, SPORTS), CustomerStatus.SUSPENDED, enabledSports, disabledSports,
                        List.of("disable"), TransitionKind.SUSPENDED, "customer suspended or blocked in billing",
                        "disabled, keeping 3 packages [ch-basic, ch-sports, vod]"),
                new Row("product changed to one without IPTV: disabled, packages kept",
                        openAccount(INTERNET_ONLY), CustomerStatus.OPEN, enabledBasic, disabledBasic,
                        List.of("disable"), TransitionKind.SUSPENDED, "main product carries no IPTV",
                        "disabled, keeping 2 packages [ch-basic, vod]"),
                new Row("account terminated: customer deleted",
                        account(ACCOUNT, TV_BASIC, false, BillStatus.CLOSED), CustomerStatus.OPEN, enabledBasic, null,
                        List.of("delete"), TransitionKind.TERMINATED, "account terminated in billing",
                        "no customer in Minerva"),
                new Row("account vanished from billing: customer deleted, nothing to report to",
                        null, CustomerStatus.OPEN, disabledBasic, null,
                        List.of("delete"), TransitionKind.TERMINATED, "account terminated in billing", null),
                new Row("account that never had IPTV: nothing in Minerva, nothing reported",
                        openAccount(INTERNET_ONLY, SPORTS), CustomerStatus.OPEN, null, null,
                        List.of(), null, null, null),
                new Row("account in step with Minerva that billing never heard of: no call, reported once",
                        openAccount(TV_BASIC, SPORTS), CustomerStatus.OPEN, enabledSports, enabledSports,
                        List.of(), null, null, sportsOk));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void bringsMinervaToWhatTheRowCallsForAuditsAndReports(Row row) {
        TestBridge bridge = new TestBridge();
        bridge.billing.put(customer(row.customer()));
        Optional.ofNullable(row.account()).ifPresent(bridge.billing::put);
        Optional.ofNullable(row.before()).ifPresent(bridge.platform::put);

        ReconcileAccountResult result = bridge.reconciler.reconcile(
                new ReconcileAccountCommand(ACCOUNT, false, List.of(918273L)));

        if (row.calls().isEmpty()) {
            assertThat(inStep(result).reconciliation().plan().isEmpty()).isTrue();
        } else {
            assertThat(applied(result).steps()).map(step -> StepText.name(step)).containsExactlyElementsOf(row.calls());
        }
        assertThat(bridge.platform.get(ACCOUNT)).isEqualTo(Optional.ofNullable(row.after()));
        assertThat(bridge.platform.changes()).hasSize(row.calls().size());
        List<AuditEntry> minervaAudit = bridge.audit.entries(AuditCategory.MINERVA);
        assertThat(minervaAudit).extracting(AuditEntry::action).containsExactlyElementsOf(row.calls());
        assertThat(minervaAudit).allSatisfy(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.OK);
            assertThat(entry.accountId()).isEqualTo(ACCOUNT);
            assertThat(entry.eventIds()).containsExactly(918273L);
        });
        List<AuditEntry> transitions = bridge.audit.entries(AuditCategory.TRANSITION);
        if (row.transition() == null) {
            assertThat(transitions).isEmpty();
        } else {
            assertThat(applied(result).transition().kind()).isEqualTo(row.transition());
            assertThat(transitions).singleElement().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo(row.transition().name());
                assertThat(entry.detail()).isEqualTo(row.transitionDetail());
            });
        }
        if (row.status() == null) {
            assertThat(bridge.reported()).isEmpty();
        } else {
            assertThat(bridge.reported()).containsExactly(new Report(ACCOUNT, ProvisioningStatus.OK, row.status()));
        }
        if (!row.calls().isEmpty()) {
            assertThat(bridge.applied.find(ACCOUNT)).hasValueSatisfying(state -> {
                assertThat(state.customer()).isEqualTo(Optional.ofNullable(row.after()));
                assertThat(state.appliedAt()).isEqualTo(START);
            });
        }
        ReconcileAccountResult again = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));
        assertThat(again).as("a second reconcile has nothing left to do").isInstanceOf(ReconcileAccountResult.InStep.class);
    }

    @Test
    void aDryRunShowsThePlanButChangesNothing() {
        TestBridge bridge = new TestBridge().withGoodCustomer();
        bridge.billing.put(account(ACCOUNT, TV_BASIC, true, BillStatus.OPEN));
        bridge.platform.put(minerva(IptvStatus.ENABLED, BASIC, false));

        ReconcileAccountResult result = bridge.reconciler.reconcile(new ReconcileAccountCommand(ACCOUNT, true, List.of()));

        assertThat(result).isInstanceOfSatisfying(ReconcileAccountResult.Planned.class, planned -> assertThat(
                planned.reconciliation().plan().steps()).containsExactly(new PlanStep.Disable(Reason.BLOCKED)));
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
        assertThat(bridge.platform.changes()).isEmpty();
        assertThat(bridge.audit.entries()).isEmpty();
        assertThat(bridge.reported()).isEmpty();
        assertThat(bridge.applied.find(ACCOUNT)).isEmpty();
    }

    @Test
    void anAccountOfAnotherEnvironmentIsSkippedWithoutTouchingMinerva() {
        TestBridge bridge = new TestBridge().withGoodCustomer();
        bridge.billing.put(new Account(ACCOUNT, LOGIN, CUSTOMER, ENV + 1, TV_BASIC, List.of(), true, BillStatus.OPEN));
        bridge.platform.put(minerva(IptvStatus.ENABLED, BASIC, false));

        ReconcileAccountResult result = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(result).isInstanceOfSatisfying(ReconcileAccountResult.Skipped.class,
                skipped -> assertThat(skipped.reason()).contains("environment 4"));
        assertThat(result.failure()).isEmpty();
        assertThat(bridge.platform.changes()).isEmpty();
        assertThat(bridge.audit.entries()).isEmpty();
        assertThat(bridge.reported()).isEmpty();
    }

    @Test
    void aBillingReadFailureIsReturnedAndAuditedAndMinervaIsLeftAlone() {
        TestBridge bridge = new TestBridge().withGoodCustomer();
        bridge.platform.put(minerva(IptvStatus.ENABLED, BASIC, false));
        bridge.billing.failNextCall(new TransientFailure("PortaBilling answered 503", null));

        ReconcileAccountResult result = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));

        assertThat(result).isInstanceOfSatisfying(ReconcileAccountResult.Unread.class,
                unread -> assertThat(unread.cause()).hasMessage("PortaBilling answered 503"));
        assertThat(result.failure()).containsInstanceOf(TransientFailure.class);
        assertThat(bridge.platform.changes()).isEmpty();
        assertThat(bridge.audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.category()).isEqualTo(AuditCategory.PORTABILLING);
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(entry.detail()).contains("PortaBilling answered 503");
        });
    }

    @Test
    void aFailedStatusReportIsAuditedOnceAndSentAgainUntilPortaBillingAcceptsIt() {
        TestBridge bridge = new TestBridge().withGoodCustomer();
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.status.failWith(new TransientFailure("ESPF status API timed out", null));

        ReconcileAccountResult result = bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));
        bridge.reported();
        bridge.clock.advance(Duration.ofMinutes(10));
        bridge.reported();

        assertThat(result).isInstanceOf(ReconcileAccountResult.Applied.class);
        assertThat(bridge.platform.get(ACCOUNT)).contains(minerva(IptvStatus.ENABLED, BASIC, false));
        assertThat(bridge.audit.entries(AuditCategory.PORTABILLING)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("report-status");
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(entry.detail()).contains("OK not reported yet").contains("timed out");
        });
        assertThat(bridge.outbox.row(ACCOUNT)).hasValueSatisfying(row -> assertThat(row.attempts()).isEqualTo(2));

        bridge.status.failWith(null);
        bridge.clock.advance(Duration.ofMinutes(10));

        assertThat(bridge.reported()).containsExactly(
                new Report(ACCOUNT, ProvisioningStatus.OK, "enabled with 2 packages [ch-basic, vod]"));
        assertThat(bridge.outbox.rows()).isEmpty();
        assertThat(bridge.audit.entries(AuditCategory.PORTABILLING)).last().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.OK);
            assertThat(entry.detail()).contains("after 2 failed attempts");
        });
    }
}
