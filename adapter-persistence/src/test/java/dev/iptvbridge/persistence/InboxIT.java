package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static dev.iptvbridge.persistence.Fixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.StoreOutcome;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class InboxIT {

    @ContractTest
    void storingAnEventQueuesItsSubject(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            assertThat(db.adapter.store(event(501, 7, T0))).isEqualTo(StoreOutcome.STORED);

            QueueEntry entry = db.adapter.find(WorkKey.account(7)).orElseThrow();
            assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
            assertThat(entry.dueAt()).isEqualTo(T0);
            assertThat(entry.eventIds()).containsExactly(501L);
        }
    }

    @ContractTest
    void aRepeatedEventIsADuplicateAndChangesNothing(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.store(event(501, 7, T0));
            db.adapter.complete(db.adapter.claim("w1", 10, T0, Duration.ofMinutes(1)).get(0), T0);

            assertThat(db.adapter.store(event(501, 7, T0.plusSeconds(5)))).isEqualTo(StoreOutcome.DUPLICATE);
            assertThat(db.adapter.find(WorkKey.account(7))).isEmpty();
        }
    }

    @ContractTest
    void concurrentStoresOfOneEventStoreItOnce(Engine engine) throws Exception {
        try (Fixture db = Fixture.open(engine)) {
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<StoreOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return db.adapter.store(event(900, 7, T0));
                }));
            }
            start.countDown();
            List<StoreOutcome> results = new ArrayList<>();
            for (Future<StoreOutcome> outcome : outcomes) {
                results.add(outcome.get());
            }
            pool.shutdown();

            assertThat(results).containsOnlyOnce(StoreOutcome.STORED);
            assertThat(results).filteredOn(StoreOutcome.DUPLICATE::equals).hasSize(threads - 1);
            assertThat(db.adapter.find(WorkKey.account(7)).orElseThrow().eventIds()).containsExactly(900L);
        }
    }

    @ContractTest
    void purgeRemovesOnlyEventsReceivedBeforeTheCutoff(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.store(event(1, 7, T0.minus(Duration.ofDays(40))));
            db.adapter.store(event(2, 8, T0.minus(Duration.ofDays(31))));
            db.adapter.store(event(3, 9, T0.minus(Duration.ofDays(1))));

            assertThat(db.adapter.purgeReceivedBefore(T0.minus(Duration.ofDays(30)))).isEqualTo(2);

            // A purged i_event is no longer recognised; the recent one still is.
            assertThat(db.adapter.store(event(3, 9, T0))).isEqualTo(StoreOutcome.DUPLICATE);
            assertThat(db.adapter.store(event(1, 7, T0))).isEqualTo(StoreOutcome.STORED);
            assertThat(db.adapter.purgeReceivedBefore(T0.minus(Duration.ofDays(30)))).isZero();
        }
    }
}
