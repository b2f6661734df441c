package dev.iptvbridge.domain.history;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * From {@code at} on, one service package of one account stands as {@code standing}, until the
 * next change of the same service package. Before an account's first change a service package is absent.
 *
 * @param eventIds the PortaBilling {@code i_event}s of the reconcile that made the change; may be empty
 */
public record ServiceChange(long account, String servicePackage, ServiceStanding standing, Instant at,
                            List<Long> eventIds) {

    public ServiceChange {
        requireNonNull(servicePackage, "servicePackage is null");
        requireNonNull(standing, "standing is null");
        requireNonNull(at, "at is null");
        eventIds = List.copyOf(requireNonNull(eventIds, "eventIds is null"));
    }
}
