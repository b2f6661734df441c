package dev.iptvbridge.embedded.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import dev.iptvbridge.domain.provisioning.Reason;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import dev.iptvbridge.domain.provisioning.Transition;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The event-to-applied lag: one sample per stored event, when the first successful reconcile that used it ends. */
class EventLagTest {

    private static final long ACCOUNT = 1_000_889L;
    private static final Reconciliation NOTHING = Reconciliation.of(
            new DesiredCustomer.Absent(ACCOUNT, Reason.TERMINATED), Optional.empty());

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final BridgeMetrics metrics = new BridgeMetrics(Clock.systemUTC(), registry);

    @Test
    void a_failed_reconcile_leaves_the_lag_running_and_the_next_success_records_it_once() {
        metrics.eventStored(11);
        metrics.eventStored(12);

        reconcile(new ReconcileAccountResult.Failed(ACCOUNT, NOTHING, List.of(), Transition.NONE,
                new TransientFailure("Minerva answered 503", null)), List.of(11L, 12L));
        assertThat(lagSamples()).isZero();

        reconcile(new ReconcileAccountResult.InStep(ACCOUNT, NOTHING), List.of(11L, 12L, 13L));
        reconcile(new ReconcileAccountResult.InStep(ACCOUNT, NOTHING), List.of(11L, 12L));
        assertThat(lagSamples()).isEqualTo(2);
    }

    @Test
    void the_lag_series_and_every_counter_exist_before_anything_happened() {
        assertThat(lagSamples()).isZero();
        assertThat(registry.find("iptv_bridge_events_received_total").tag("outcome", "malformed").counter()).isNotNull();
        assertThat(registry.find("iptv_bridge_reconciles_total").tag("outcome", "failed").tag("transition", "activated")
                .counter()).isNotNull();
        assertThat(registry.find("iptv_bridge_sweep_last_completed_timestamp_seconds").gauge().value()).isZero();
        metrics.sweepCompleted();
        assertThat(registry.find("iptv_bridge_sweep_last_completed_timestamp_seconds").gauge().value()).isPositive();
    }

    private void reconcile(ReconcileAccountResult result, List<Long> eventIds) {
        new MeteredReconcile(command -> result, metrics).reconcile(new ReconcileAccountCommand(ACCOUNT, false, eventIds));
    }

    private long lagSamples() {
        return registry.find("iptv_bridge_event_applied_lag_seconds").timer().count();
    }
}
