package dev.iptvbridge.embedded.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import dev.iptvbridge.domain.provisioning.PlanStep;
import dev.iptvbridge.domain.provisioning.Reason;
import dev.iptvbridge.domain.provisioning.Reconciliation;
import dev.iptvbridge.domain.provisioning.Transition;
import dev.iptvbridge.domain.provisioning.TransitionKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each reconcile outcome is counted under the outcome and transition an operator's dashboard shows. */
class MeteredReconcileTest {

    private static final long ACCOUNT = 1_000_889L;
    private static final Reconciliation NOTHING = Reconciliation.of(
            new DesiredCustomer.Absent(ACCOUNT, Reason.TERMINATED), Optional.empty());
    private static final Transition TERMINATED = new Transition(TransitionKind.TERMINATED, Optional.of(Reason.TERMINATED));

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final BridgeMetrics metrics = new BridgeMetrics(Clock.systemUTC(), registry);

    private String after(ReconcileAccountResult result, boolean dryRun) {
        new MeteredReconcile(command -> result, metrics).reconcile(new ReconcileAccountCommand(ACCOUNT, dryRun, List.of()));
        // Each test counts one reconcile: name its outcome and transition tags.
        return registry.find("iptv_bridge_reconciles_total").counters().stream().filter(counter -> counter.count() == 1)
                .map(counter -> counted(counter.getId().getTag("outcome"), counter.getId().getTag("transition")))
                .findFirst().orElse("nothing counted");
    }

    private static String counted(String outcome, String transition) {
        return outcome + "/" + transition;
    }

    @Test
    void appliedStepsCountAsOkWithTheirTransition() {
        assertThat(after(new ReconcileAccountResult.Applied(ACCOUNT, NOTHING, List.of(new PlanStep.Delete()), TERMINATED),
                false)).isEqualTo(counted("ok", "terminated"));
    }

    @Test
    void inStepCountsAsOkWithoutTransition() {
        assertThat(after(new ReconcileAccountResult.InStep(ACCOUNT, NOTHING), false)).isEqualTo(counted("ok", "none"));
    }

    @Test
    void skippedCountsAsSkipped() {
        assertThat(after(new ReconcileAccountResult.Skipped(ACCOUNT, "another environment"), false))
                .isEqualTo(counted("skipped", "none"));
    }

    @Test
    void failedCountsAsFailedWithTheTransitionItStillMade() {
        assertThat(after(new ReconcileAccountResult.Failed(ACCOUNT, NOTHING, List.of(new PlanStep.Delete()), TERMINATED,
                new TransientFailure("Minerva answered 503", null)), false)).isEqualTo(counted("failed", "terminated"));
    }

    @Test
    void unreadCountsAsFailed() {
        assertThat(after(new ReconcileAccountResult.Unread(ACCOUNT, new TransientFailure("PortaBilling answered 503", null)),
                false)).isEqualTo(counted("failed", "none"));
    }

    @Test
    void aDryRunIsNotCounted() {
        assertThat(after(new ReconcileAccountResult.Planned(ACCOUNT, NOTHING), true))
                .doesNotContain("iptv_bridge_reconciles_total{");
    }
}
