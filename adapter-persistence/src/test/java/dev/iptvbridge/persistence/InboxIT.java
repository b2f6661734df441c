package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static dev.iptvbridge.persistence.Fixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.StoreOutcome;
import dev.iptvbridge.application.port.out.InboundEvent;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
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

    @ContractTest
    void oneIEventInEachEnvironmentIsAnEventOfItsOwnAndWithoutAnEnvironmentToo(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            assertThat(db.adapter.store(inEnvironment(501, OptionalInt.of(1), 7))).isEqualTo(StoreOutcome.STORED);
            assertThat(db.adapter.store(inEnvironment(501, OptionalInt.of(2), 8))).isEqualTo(StoreOutcome.STORED);
            assertThat(db.adapter.store(inEnvironment(501, OptionalInt.empty(), 9))).isEqualTo(StoreOutcome.STORED);
            assertThat(db.adapter.store(inEnvironment(501, OptionalInt.of(0), 10))).isEqualTo(StoreOutcome.STORED);

            assertThat(db.adapter.store(inEnvironment(501, OptionalInt.of(2), 8))).isEqualTo(StoreOutcome.DUPLICATE);
            assertThat(db.adapter.store(inEnvironment(501, OptionalInt.empty(), 9))).isEqualTo(StoreOutcome.DUPLICATE);
            assertThat(db.adapter.find(WorkKey.account(8))).isPresent();
            assertThat(db.adapter.find(WorkKey.account(9))).isPresent();
        }
    }

    @ContractTest
    void anEventWithANulInItsTypeIsStoredCleanedAndStillRecognisedWhenRepeated(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            InboundEvent event = new InboundEvent(777, "Subscriber/\u0000Updated\uD800", OptionalInt.of(1),
                    WorkKey.account(7), Optional.of(T0), T0);

            assertThat(db.adapter.store(event)).isEqualTo(StoreOutcome.STORED);
            assertThat(db.adapter.find(WorkKey.account(7)).orElseThrow().eventIds()).containsExactly(777L);
            assertThat(db.adapter.store(event)).isEqualTo(StoreOutcome.DUPLICATE);
            String stored = db.database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT event_type FROM inbox_event WHERE event_id = 777").mapTo(String.class).one());
            assertThat(stored).isEqualTo("Subscriber/\uFFFDUpdated\uFFFD");
        }
    }

    @ContractTest
    void anEventTimeNoDatabaseKeepsIsDroppedAndTheEventStored(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            Instant farFuture = Instant.parse("+300000-01-01T00:00:00Z");
            Instant farPast = Instant.parse("-5000-01-01T00:00:00Z");

            assertThat(db.adapter.store(new InboundEvent(778, "Subscriber/Updated", OptionalInt.of(1),
                    WorkKey.account(7), Optional.of(farFuture), T0))).isEqualTo(StoreOutcome.STORED);
            assertThat(db.adapter.store(new InboundEvent(779, "Subscriber/Updated", OptionalInt.of(1),
                    WorkKey.account(8), Optional.of(farPast), T0))).isEqualTo(StoreOutcome.STORED);

            int withoutTime = db.database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM inbox_event WHERE event_time IS NULL").mapTo(Integer.class).one());
            assertThat(withoutTime).isEqualTo(2);
            assertThat(db.adapter.find(WorkKey.account(8))).isPresent();
        }
    }

    private static InboundEvent inEnvironment(long eventId, OptionalInt environment, long accountId) {
        return new InboundEvent(eventId, "Subscriber/Updated", environment, WorkKey.account(accountId),
                Optional.empty(), T0);
    }
}
