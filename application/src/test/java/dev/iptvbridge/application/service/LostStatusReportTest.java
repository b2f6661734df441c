package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.fake.FakeProvisioningStatus.Report;
import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.StatusReport;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import org.junit.jupiter.api.Test;

/**
 * A report lost between Minerva's change and the outbox (a crash) is queued by the account's next
 * reconcile, though that finds Minerva in step; an account in step whose status billing shows
 * queues nothing.
 */
class LostStatusReportTest {

    private final TestBridge bridge = new TestBridge().withGoodCustomer();

    private ReconcileAccountResult reconcile() {
        return bridge.reconciler.reconcile(ReconcileAccountCommand.of(ACCOUNT));
    }

    @Test
    void aLostReportIsQueuedByTheNextReconcileThoughMinervaIsInStep() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.platform.failCall(1, new TransientFailure("Minerva answered 502", null));
        reconcile();
        assertThat(bridge.lastReported()).map(Report::status).contains(ProvisioningStatus.RETRY);
        reconcile();
        bridge.outbox.lose(ACCOUNT);

        assertThat(reconcile()).isInstanceOf(ReconcileAccountResult.InStep.class);

        assertThat(bridge.lastReported()).hasValueSatisfying(report -> {
            assertThat(report.status()).isEqualTo(ProvisioningStatus.OK);
            assertThat(report.message()).startsWith("enabled with");
        });
        assertThat(bridge.outbox.accepted(ACCOUNT)).map(StatusReport::status).contains(ProvisioningStatus.OK);
    }

    @Test
    void anAccountInStepWhoseStatusBillingShowsQueuesNothing() {
        bridge.billing.put(openAccount(TV_BASIC));
        reconcile();
        int sent = bridge.reported().size();

        reconcile();
        reconcile();

        assertThat(bridge.outbox.rows()).as("no report for a sweep over accounts in step").isEmpty();
        assertThat(bridge.reported()).hasSize(sent);
    }

    @Test
    void anAccountInStepThatBillingNeverHeardOfIsReportedOnceWhenItHasACustomer() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.platform.put(minerva(IptvStatus.ENABLED, BASIC, false));

        reconcile();
        assertThat(bridge.reported()).singleElement().satisfies(report -> {
            assertThat(report.accountId()).isEqualTo(ACCOUNT);
            assertThat(report.status()).isEqualTo(ProvisioningStatus.OK);
        });
        reconcile();

        assertThat(bridge.reported()).as("reported once, not at every sweep").hasSize(1);
    }

    @Test
    void anAccountWithoutIptvThatBillingNeverHeardOfIsNotReported() {
        bridge.billing.put(openAccount(INTERNET_ONLY));

        assertThat(reconcile()).isInstanceOf(ReconcileAccountResult.InStep.class);

        assertThat(bridge.outbox.rows()).isEmpty();
    }

    @Test
    void anInStepOutcomeReplacesAnOlderReportStillWaiting() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.platform.failCall(1, new TransientFailure("Minerva answered 502", null));
        reconcile();
        // PortaBilling refuses the RETRY for now; meanwhile the create went through after all.
        bridge.status.failWith(new TransientFailure("PortaBilling answered 503", null));
        bridge.reported();
        bridge.platform.put(minerva(IptvStatus.ENABLED, BASIC, false));

        assertThat(reconcile()).isInstanceOf(ReconcileAccountResult.InStep.class);

        assertThat(bridge.outbox.row(ACCOUNT)).hasValueSatisfying(row ->
                assertThat(row.status()).isEqualTo(ProvisioningStatus.OK));
    }
}
