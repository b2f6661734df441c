package dev.iptvbridge.domain.history;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.provisioning.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stretch of time during which one service package stood one way, cut to the window asked.
 *
 * @param to     exclusive end; empty while it lasts
 * @param events the {@code i_event}s behind the change that began it (empty for the absence before the first change)
 */
public record ServicePeriod(String servicePackage, ServiceState state, Instant from, Optional<Instant> to,
                            Optional<Reason> reason, List<Long> events) {

    public ServicePeriod {
        requireNonNull(servicePackage, "servicePackage is null");
        requireNonNull(state, "state is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(reason, "reason is null");
        events = List.copyOf(requireNonNull(events, "events is null"));
    }
}
