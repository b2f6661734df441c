package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.PendingStatusReport;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class StatusOutboxIT {

    private static final Duration LEASE = Duration.ofMinutes(5);

    @ContractTest
    void theNewestReportOfAnAccountReplacesAnUnsentOne(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.put(7, ProvisioningStatus.RETRY, "Minerva: 503", T0);
            db.adapter.put(7, ProvisioningStatus.OK, "enabled", T0.plusSeconds(5));
            db.adapter.put(8, ProvisioningStatus.FAILED, "x".repeat(5000), T0.plusSeconds(6));

            List<PendingStatusReport> claimed = db.adapter.claimDue("s1", 10, T0.plusSeconds(10), LEASE);

            assertThat(claimed).extracting(PendingStatusReport::accountId, PendingStatusReport::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, ProvisioningStatus.OK),
                            org.assertj.core.groups.Tuple.tuple(8L, ProvisioningStatus.FAILED));
            assertThat(claimed.get(0).queuedAt()).as("waiting since the first report").isEqualTo(T0);
            assertThat(claimed.get(0).version()).isEqualTo(2);
            assertThat(claimed.get(1).message()).hasSize(4000);
            assertThat(db.adapter.pendingStats().pending()).isEqualTo(2);
            assertThat(db.adapter.pendingStats().oldestQueuedAt()).contains(T0);
        }
    }

    @ContractTest
    void aSentReportLeavesAndAReportReplacedWhileBeingSentStaysAndIsFreedForTheNextSend(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.put(7, ProvisioningStatus.OK, "enabled", T0);
            db.adapter.put(8, ProvisioningStatus.RETRY, "Minerva: 503", T0);
            List<PendingStatusReport> claimed = db.adapter.claimDue("s1", 10, T0, LEASE);
            db.adapter.put(8, ProvisioningStatus.OK, "enabled", T0.plusSeconds(1));

            assertThat(db.adapter.claimDue("s2", 10, T0.plusSeconds(2), LEASE))
                    .as("a newer report waits while the older is on the wire").isEmpty();
            assertThat(db.adapter.sent(claimed.get(0))).isTrue();
            assertThat(db.adapter.sent(claimed.get(1))).as("the newer version is not removed").isFalse();

            assertThat(db.adapter.claimDue("s2", 10, T0.plusSeconds(2), LEASE)).singleElement().satisfies(report -> {
                assertThat(report.accountId()).isEqualTo(8);
                assertThat(report.status()).isEqualTo(ProvisioningStatus.OK);
                assertThat(report.owner()).isEqualTo("s2");
            });
        }
    }

    @ContractTest
    void aFailedReportWaitsUntilItsTimeAndALostLeaseComesBack(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.put(7, ProvisioningStatus.OK, "enabled", T0);
            PendingStatusReport first = db.adapter.claimDue("s1", 10, T0, LEASE).get(0);
            db.adapter.sendLater(first, T0.plusSeconds(30), "PortaBilling answered 503");

            assertThat(db.adapter.claimDue("s1", 10, T0.plusSeconds(29), LEASE)).isEmpty();
            PendingStatusReport second = db.adapter.claimDue("s1", 10, T0.plusSeconds(30), LEASE).get(0);
            assertThat(second.attempts()).isEqualTo(1);

            // s1 stops answering; once its lease is over another sender takes the report.
            assertThat(db.adapter.claimDue("s2", 10, T0.plusSeconds(31), LEASE)).isEmpty();
            PendingStatusReport taken = db.adapter.claimDue("s2", 10, T0.plusSeconds(30).plus(LEASE), LEASE).get(0);
            db.adapter.sendLater(second, T0.plus(Duration.ofHours(1)), "late answer of s1");
            assertThat(db.adapter.claimDue("s3", 10, T0.plusSeconds(31).plus(LEASE), LEASE))
                    .as("the stale sender changed nothing: s2 still holds it").isEmpty();
            assertThat(db.adapter.sent(taken)).isTrue();
            assertThat(db.adapter.pendingStats().pending()).isZero();
            assertThat(db.adapter.pendingStats().oldestQueuedAt()).isEmpty();
        }
    }

    @ContractTest
    void concurrentSendersNeverHoldOneReportTwice(Engine engine) throws Exception {
        try (Fixture db = Fixture.open(engine)) {
            for (long account = 1; account <= 40; account++) {
                db.adapter.put(account, ProvisioningStatus.OK, "enabled", T0);
            }
            int senders = 6;
            ExecutorService pool = Executors.newFixedThreadPool(senders);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                String owner = "s" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    List<PendingStatusReport> batch;
                    while (!(batch = db.adapter.claimDue(owner, 3, T0, LEASE)).isEmpty()) {
                        batch.forEach(report -> mine.add(report.accountId()));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            pool.shutdown();

            assertThat(all).hasSize(40).doesNotHaveDuplicates();
        }
    }
}
