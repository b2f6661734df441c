package dev.iptvbridge.embedded.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.persistence.Database;
import dev.iptvbridge.persistence.DatabaseSettings;
import dev.iptvbridge.persistence.PersistenceAdapter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The queue's depth gauge tells the lanes apart; summed over lanes it is the depth by state. */
class QueueGaugesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void theDepthGaugeHasOneSeriesPerStateAndLane() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:mem:gauges-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "", 2);
        try (Database database = Database.open(settings)) {
            database.migrate();
            PersistenceAdapter queue = new PersistenceAdapter(database);
            queue.enqueueSweep(WorkKey.account(1), NOW, "comparison");
            queue.enqueueSweep(WorkKey.account(2), NOW, "comparison");
            queue.enqueueSweep(WorkKey.account(3), NOW, "comparison");
            queue.enqueue(WorkKey.account(4), NOW.plusSeconds(60));
            queue.claim("w1", 1, NOW, Duration.ofMinutes(2));
            SimpleMeterRegistry registry = new SimpleMeterRegistry();

            new BridgeMetrics(Clock.fixed(NOW, ZoneOffset.UTC), registry).watchQueue(queue);

            assertThat(depth(registry, "queued", "sweep")).isEqualTo(2);
            assertThat(depth(registry, "claimed", "sweep")).isEqualTo(1);
            assertThat(depth(registry, "queued", "live")).isEqualTo(1);
            assertThat(depth(registry, "parked", "live")).isZero();
        }
    }

    private static double depth(SimpleMeterRegistry registry, String state, String lane) {
        return registry.get("iptv_bridge_queue_entries").tags("state", state, "lane", lane).gauge().value();
    }
}
