package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.InboundEvent;
import dev.iptvbridge.application.port.out.StoreOutcome;
import dev.iptvbridge.application.port.out.WorkKey;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Content the cleaning did not foresee and the database still refuses: the event is stored again
 * with a plain ASCII type and no time, and its subject queued. A trigger plays the refusing database.
 */
class InboxFallbackIT {

    @ContractTest
    void anEventTheDatabaseStillRefusesIsStoredWithAPlainAsciiTypeAndNoTime(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            refuseEventTimes(engine, db);
            InboundEvent event = new InboundEvent(880, "Subscriber/Updated \u00e9t\u00e9", OptionalInt.of(1),
                    WorkKey.account(7), Optional.of(T0), T0);

            assertThat(db.adapter.store(event)).isEqualTo(StoreOutcome.STORED);

            Map<String, Object> stored = db.database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT event_type, event_time FROM inbox_event WHERE event_id = 880").mapToMap().one());
            assertThat(stored.get("event_type")).isEqualTo("Subscriber/Updated ?t?");
            assertThat(stored.get("event_time")).isNull();
            assertThat(db.adapter.find(WorkKey.account(7)).orElseThrow().eventIds()).containsExactly(880L);
            assertThat(db.adapter.store(event)).as("still recognised when repeated").isEqualTo(StoreOutcome.DUPLICATE);
        }
    }

    private static void refuseEventTimes(Engine engine, Fixture db) {
        db.database.jdbi().useHandle(handle -> {
            if (engine == Engine.H2) {
                handle.execute("CREATE TRIGGER refuse_event_time BEFORE INSERT ON inbox_event FOR EACH ROW CALL '"
                        + RefuseEventTimeTrigger.class.getName() + "'");
            } else {
                handle.execute("""
                        CREATE FUNCTION refuse_event_time() RETURNS trigger AS $$
                        BEGIN
                          IF NEW.event_time IS NOT NULL THEN
                            RAISE EXCEPTION 'event_time refused by the test''s trigger' USING ERRCODE = '22007';
                          END IF;
                          RETURN NEW;
                        END $$ LANGUAGE plpgsql""");
                handle.execute("CREATE TRIGGER refuse_event_time BEFORE INSERT ON inbox_event FOR EACH ROW "
                        + "EXECUTE FUNCTION refuse_event_time()");
            }
        });
    }
}
