package dev.iptvbridge.domain.history;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.provisioning.Reason;
import java.util.Optional;

/**
 * Where one service package stands at one moment.
 *
 * @param reason why it is disabled; empty for ENABLED and ABSENT, and for DISABLED when not known
 */
public record ServiceStanding(ServiceState state, Optional<Reason> reason) {

    public static final ServiceStanding ENABLED = new ServiceStanding(ServiceState.ENABLED, Optional.empty());
    public static final ServiceStanding ABSENT = new ServiceStanding(ServiceState.ABSENT, Optional.empty());

    public ServiceStanding {
        requireNonNull(state, "state is null");
        requireNonNull(reason, "reason is null");
        if (state != ServiceState.DISABLED && reason.isPresent()) {
            throw new IllegalArgumentException("only a disabled service package has a reason, not " + state);
        }
    }

    public static ServiceStanding disabled(Optional<Reason> reason) {
        return new ServiceStanding(ServiceState.DISABLED, reason);
    }
}
