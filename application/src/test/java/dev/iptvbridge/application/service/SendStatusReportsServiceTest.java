package dev.iptvbridge.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.fake.FakeProvisioningStatus;
import dev.iptvbridge.application.fake.FakeProvisioningStatus.Report;
import dev.iptvbridge.application.fake.InMemoryAuditLog;
import dev.iptvbridge.application.fake.InMemoryStatusOutbox;
import dev.iptvbridge.application.fake.MutableClock;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditOutcome;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.ProvisioningStatusPort;
import dev.iptvbridge.application.port.out.TransientFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendStatusReportsServiceTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private final InMemoryStatusOutbox outbox = new InMemoryStatusOutbox();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final FakeProvisioningStatus status = new FakeProvisioningStatus();

    private SendStatusReportsService sender(ProvisioningStatusPort port) {
        return new SendStatusReportsService(outbox, port, audit, StatusReportSchedule.DEFAULT, clock, () -> 0.5);
    }

    @Test
    void onlyTheNewestStatusOfAnAccountIsSent() {
        outbox.put(7, ProvisioningStatus.RETRY, "Minerva: 503", START);
        outbox.put(7, ProvisioningStatus.OK, "enabled", START);
        outbox.put(8, ProvisioningStatus.FAILED, "Minerva: refused", START);

        assertThat(sender(status).sendDue("s1", 10)).isEqualTo(2);

        assertThat(status.reports()).containsExactlyInAnyOrder(new Report(7, ProvisioningStatus.OK, "enabled"),
                new Report(8, ProvisioningStatus.FAILED, "Minerva: refused"));
        assertThat(outbox.rows()).isEmpty();
        assertThat(audit.entries()).extracting(AuditEntry::outcome).containsOnly(AuditOutcome.OK);
    }

    @Test
    void aNewerStatusWrittenWhileTheOlderIsOnTheWireIsSentAfterItAndNeverOvertakenByIt() {
        outbox.put(7, ProvisioningStatus.RETRY, "Minerva: 503", START);
        List<Report> received = new ArrayList<>();
        List<Integer> claimedMeanwhile = new ArrayList<>();
        ProvisioningStatusPort slow = (account, reported, message) -> {
            received.add(new Report(account, reported, message));
            if (received.size() == 1) {
                // The next reconcile succeeds while the RETRY is still on its way to PortaBilling.
                outbox.put(7, ProvisioningStatus.OK, "enabled", clock.instant());
                claimedMeanwhile.add(sender(status).sendDue("s2", 10));
            }
        };
        SendStatusReportsService first = sender(slow);

        first.sendDue("s1", 10);

        assertThat(claimedMeanwhile).as("the newer report waits for the older one's sender").containsExactly(0);
        assertThat(outbox.row(7)).as("the sender of the old version left the newer one").hasValueSatisfying(row -> {
            assertThat(row.status()).isEqualTo(ProvisioningStatus.OK);
            assertThat(row.owner()).isNull();
        });

        first.sendDue("s1", 10);

        assertThat(received).containsExactly(new Report(7, ProvisioningStatus.RETRY, "Minerva: 503"),
                new Report(7, ProvisioningStatus.OK, "enabled"));
        assertThat(outbox.rows()).isEmpty();
    }

    @Test
    void aFailedSendIsTriedAgainWithGrowingDelaysUntilItIsAccepted() {
        outbox.put(7, ProvisioningStatus.OK, "enabled", START);
        status.failWith(new TransientFailure("PortaBilling answered 503", null));
        SendStatusReportsService sender = sender(status);
        List<Duration> delays = new ArrayList<>();

        for (int i = 0; i < 4; i++) {
            assertThat(sender.sendDue("s1", 10)).isEqualTo(1);
            Instant due = outbox.row(7).orElseThrow().dueAt();
            assertThat(sender.sendDue("s1", 10)).as("not due before its time").isZero();
            delays.add(Duration.between(clock.instant(), due));
            clock.set(due);
        }
        status.failWith(null);
        sender.sendDue("s1", 10);

        assertThat(delays).containsExactly(Duration.ofMillis(1500), Duration.ofMillis(3000), Duration.ofMillis(6000),
                Duration.ofMillis(12000));
        assertThat(status.reports()).containsExactly(new Report(7, ProvisioningStatus.OK, "enabled"));
        assertThat(audit.entries()).extracting(AuditEntry::outcome).containsExactly(AuditOutcome.FAILED, AuditOutcome.OK);
    }

    @Test
    void aRefusedReportIsKeptToo() {
        outbox.put(7, ProvisioningStatus.OK, "enabled", START);
        status.failWith(new PermanentFailure("PortaBilling answered 401: check portabilling.login"));

        sender(status).sendDue("s1", 10);

        assertThat(outbox.row(7)).hasValueSatisfying(row -> assertThat(row.lastError()).contains("401"));
    }

    @Test
    void aReportForAnAccountPortaBillingNoLongerKnowsIsDropped() {
        outbox.put(7, ProvisioningStatus.OK, "enabled", START);
        status.failWith(new NotFoundFailure("account 7 does not exist"));

        sender(status).sendDue("s1", 10);

        assertThat(outbox.rows()).isEmpty();
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.SKIPPED);
            assertThat(entry.detail()).contains("no longer knows");
        });
    }

    @Test
    void theDelayIsCappedAndHonoursWhatPortaBillingAskedFor() {
        StatusReportSchedule schedule = StatusReportSchedule.DEFAULT;

        assertThat(schedule.nextAttempt(START, 40, 0.999, Optional.empty()))
                .isBeforeOrEqualTo(START.plus(Duration.ofMinutes(5))).isAfter(START.plus(Duration.ofMinutes(2)));
        assertThat(schedule.nextAttempt(START, 1, 0.0, Optional.of(Duration.ofMinutes(1))))
                .isEqualTo(START.plus(Duration.ofMinutes(1)));
    }
}
