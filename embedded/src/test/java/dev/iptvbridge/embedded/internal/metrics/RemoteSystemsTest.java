package dev.iptvbridge.embedded.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.out.RemoteSystem;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The workers' gate, the gauges and the probe, read from the adapters' breakers. */
class RemoteSystemsTest {

    private final AtomicBoolean minervaUp = new AtomicBoolean(true);
    private final AtomicInteger probes = new AtomicInteger();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final BridgeMetrics metrics = new BridgeMetrics(Clock.systemUTC(), registry);
    private final RemoteSystems systems = new RemoteSystems(List.of(
            new RemoteSystemCheck(RemoteSystem.PORTABILLING, "https://pb.example.net", () -> true, () -> "CLOSED",
                    Optional::empty, () -> { }),
            new RemoteSystemCheck(RemoteSystem.MINERVA, "http://minerva.example/api/v1", minervaUp::get,
                    () -> minervaUp.get() ? "CLOSED" : "OPEN", () -> Optional.of("HTTP 503"), () -> {
                        probes.incrementAndGet();
                        minervaUp.set(probes.get() >= 2); // answers on the second probe
                    })), metrics.registry());

    @Test
    void aSystemWhoseBreakerIsNotClosedIsNamedAndShownInTheGauges() {
        assertThat(systems.unavailable()).isEmpty();
        assertThat(up("minerva")).isEqualTo(1.0);
        assertThat(breaker("minerva", "closed")).isEqualTo(1.0);

        minervaUp.set(false);

        assertThat(systems.unavailable()).containsExactly(RemoteSystem.MINERVA);
        assertThat(up("minerva")).isEqualTo(0.0);
        assertThat(up("portabilling")).isEqualTo(1.0);
        assertThat(breaker("minerva", "open")).isEqualTo(1.0);
        assertThat(breaker("minerva", "closed")).isEqualTo(0.0);
    }

    private double up(String system) {
        return registry.get("iptv_bridge_remote_system_up").tag("system", system).gauge().value();
    }

    private double breaker(String system, String state) {
        return registry.get("iptv_bridge_remote_system_breaker_state").tag("system", system).tag("state", state).gauge()
                .value();
    }

    @Test
    void onceStartedASystemThatIsDownIsProbedUntilItAnswersAndOneThatIsUpIsLeftAlone() {
        minervaUp.set(false);
        systems.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> systems.unavailable().isEmpty());
            int probed = probes.get();
            assertThat(probed).isEqualTo(2);
            await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(4)).until(() -> probes.get() == probed);
        } finally {
            systems.stop();
        }
    }
}
