package dev.iptvbridge.embedded.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.TransientFailure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A remote call is timed under the status its failure means, and the failure still reaches the caller. */
class BridgeMetricsCallStatusTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final BridgeMetrics metrics = new BridgeMetrics(Clock.systemUTC(), registry);

    private String statusOf(RuntimeException failure) {
        Supplier<Object> call = () -> {
            throw failure;
        };
        SimpleMeterRegistry fresh = new SimpleMeterRegistry();
        BridgeMetrics once = new BridgeMetrics(Clock.systemUTC(), fresh);
        assertThatThrownBy(() -> once.timeCall("minerva", "enable", call)).isSameAs(failure);
        return timedStatus(fresh);
    }

    // The status tag of the one call timed in the registry.
    private static String timedStatus(SimpleMeterRegistry registry) {
        return registry.find("iptv_bridge_minerva_call_seconds").tag("operation", "enable").timers().stream()
                .filter(timer -> timer.count() == 1).map(timer -> timer.getId().getTag("status")).findFirst().orElse("none");
    }

    @Test
    void eachKindOfFailureHasItsOwnStatus() {
        assertThat(statusOf(new TransientFailure("Minerva answered 503", null))).isEqualTo("transient");
        assertThat(statusOf(new PermanentFailure("Minerva refused"))).isEqualTo("permanent");
        assertThat(statusOf(new NotFoundFailure("no customer 1000889"))).isEqualTo("not_found");
        assertThat(statusOf(new IllegalStateException("a bug"))).isEqualTo("error");
    }

    @Test
    void aCallThatWentThroughIsOk() {
        metrics.timeCall("minerva", "enable", () -> { });

        assertThat(timedStatus(registry)).isEqualTo("ok");
    }
}
