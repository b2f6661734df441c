package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static dev.iptvbridge.persistence.Fixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Duration;

/** With a settle delay, a stored event's entry becomes due that long after the event arrived, never before. */
class SettleDelayIT {

    @ContractTest
    void anEntryBecomesDueTheSettleDelayAfterItsFirstEventAndGathersTheEventsMeanwhile(Engine engine) {
        try (Database database = engine.openMigrated()) {
            PersistenceAdapter adapter = new PersistenceAdapter(database, Duration.ofSeconds(2));
            adapter.store(event(1, 7, T0));
            adapter.store(event(2, 7, T0.plusSeconds(1)));

            assertThat(adapter.find(WorkKey.account(7)).orElseThrow().dueAt()).isEqualTo(T0.plusSeconds(2));
            assertThat(adapter.claim("w1", 10, T0.plusMillis(1999), Duration.ofMinutes(1))).as("still settling").isEmpty();
            assertThat(adapter.claim("w1", 10, T0.plusSeconds(2), Duration.ofMinutes(1)))
                    .singleElement().extracting(ClaimedWork::eventIds).asList().containsExactly(1L, 2L);
        }
    }
}
