package dev.iptvbridge.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.TransientFailure;
import java.time.Clock;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A remote call is timed under the status its failure means, and the failure still reaches the caller. */
class BridgeMetricsCallStatusTest {

    private final BridgeMetrics metrics = new BridgeMetrics(Clock.systemUTC());

    private String statusOf(RuntimeException failure) {
        Supplier<Object> call = () -> {
            throw failure;
        };
        assertThatThrownBy(() -> metrics.timeCall("minerva", "enable", call)).isSameAs(failure);
        return metrics.scrape();
    }

    private static String timed(String status) {
        return "iptv_bridge_minerva_call_seconds_count{operation=\"enable\",status=\"" + status + "\"} 1";
    }

    @Test
    void eachKindOfFailureHasItsOwnStatus() {
        assertThat(statusOf(new TransientFailure("Minerva answered 503", null))).contains(timed("transient"));
        assertThat(statusOf(new PermanentFailure("Minerva refused"))).contains(timed("permanent"));
        assertThat(statusOf(new NotFoundFailure("no customer 1000889"))).contains(timed("not_found"));
        assertThat(statusOf(new IllegalStateException("a bug"))).contains(timed("error"));
    }

    @Test
    void aCallThatWentThroughIsOk() {
        metrics.timeCall("minerva", "enable", () -> { });

        assertThat(metrics.scrape()).contains(timed("ok"));
    }
}
