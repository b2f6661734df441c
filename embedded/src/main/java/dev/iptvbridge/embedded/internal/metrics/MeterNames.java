package dev.iptvbridge.embedded.internal.metrics;

import dev.iptvbridge.application.port.in.AcceptEventResult;
import dev.iptvbridge.domain.provisioning.TransitionKind;
import dev.iptvbridge.portabilling.espf.Rejection;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The tag values registered at 0 from the start, and the buckets of every latency histogram. */
final class MeterNames {

    static final List<String> EVENT_OUTCOMES = eventOutcomes();
    static final List<String> RECONCILE_OUTCOMES = List.of("ok", "skipped", "failed");
    static final List<String> TRANSITIONS = Stream.of(TransitionKind.values())
            .map(kind -> kind.name().toLowerCase(Locale.ROOT)).toList();

    // Bucket bounds an operator reads alerts against (docs/operations.md); Micrometer adds its own
    // percentile buckets between the minimum and maximum, so that histogram_quantile() is close.
    private static final Duration[] SLO = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(5)};

    private MeterNames() {
    }

    static Timer.Builder latency(Timer.Builder builder) {
        return builder.publishPercentileHistogram().serviceLevelObjectives(SLO)
                .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofMinutes(5));
    }

    private static List<String> eventOutcomes() {
        List<String> outcomes = new ArrayList<>();
        Stream.of(AcceptEventResult.values()).forEach(result -> outcomes.add(result.name().toLowerCase(Locale.ROOT)));
        Stream.of(Rejection.values()).forEach(rejection -> outcomes.add(rejection.name().toLowerCase(Locale.ROOT)));
        outcomes.add("unavailable");
        return List.copyOf(outcomes);
    }
}
