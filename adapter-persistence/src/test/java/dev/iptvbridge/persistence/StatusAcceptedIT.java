package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.PendingStatusReport;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.StatusReport;
import java.time.Duration;

/** What PortaBilling shows for an account: its waiting report, else the last one it accepted. */
class StatusAcceptedIT {

    private static final Duration LEASE = Duration.ofMinutes(5);

    @ContractTest
    void aSentReportIsKeptAsTheLastAcceptedAndAWaitingOneComesFirst(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            assertThat(db.adapter.newest(7)).as("never reported").isEmpty();
            db.adapter.put(7, ProvisioningStatus.RETRY, "Minerva: 503", T0);
            assertThat(db.adapter.newest(7)).contains(new StatusReport(ProvisioningStatus.RETRY, "Minerva: 503"));

            db.adapter.sent(db.adapter.claimDue("s1", 10, T0, LEASE).get(0));
            assertThat(db.adapter.pendingStats().pending()).isZero();
            assertThat(db.adapter.newest(7)).as("accepted").contains(
                    new StatusReport(ProvisioningStatus.RETRY, "Minerva: 503"));

            db.adapter.put(7, ProvisioningStatus.OK, "enabled", T0.plusSeconds(1));
            assertThat(db.adapter.newest(7)).as("waiting").contains(new StatusReport(ProvisioningStatus.OK, "enabled"));
            db.adapter.sent(db.adapter.claimDue("s1", 10, T0.plusSeconds(1), LEASE).get(0));
            assertThat(db.adapter.newest(7)).as("accepted again").contains(
                    new StatusReport(ProvisioningStatus.OK, "enabled"));
            assertThat(db.adapter.newest(8)).isEmpty();
        }
    }

    @ContractTest
    void aReportSentWhileANewerWaitsIsAcceptedButTheNewerIsWhatBillingWillShow(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.put(7, ProvisioningStatus.RETRY, "Minerva: 503", T0);
            PendingStatusReport onTheWire = db.adapter.claimDue("s1", 10, T0, LEASE).get(0);
            db.adapter.put(7, ProvisioningStatus.OK, "enabled", T0.plusSeconds(1));

            assertThat(db.adapter.sent(onTheWire)).isFalse();

            assertThat(db.adapter.newest(7)).contains(new StatusReport(ProvisioningStatus.OK, "enabled"));
            db.adapter.sent(db.adapter.claimDue("s1", 10, T0.plusSeconds(2), LEASE).get(0));
            assertThat(db.adapter.newest(7)).contains(new StatusReport(ProvisioningStatus.OK, "enabled"));
        }
    }

    @ContractTest
    void aDiscardedReportIsNotAccepted(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.put(7, ProvisioningStatus.OK, "enabled", T0);

            db.adapter.discard(db.adapter.claimDue("s1", 10, T0, LEASE).get(0));

            assertThat(db.adapter.newest(7)).isEmpty();
            assertThat(db.adapter.pendingStats().pending()).isZero();
        }
    }
}
