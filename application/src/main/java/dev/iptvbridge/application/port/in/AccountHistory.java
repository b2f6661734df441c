package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.history.ServicePeriod;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The service history of one account within {@code [from, to)}: per service package, periods that
 * tile the window, by service package name then time.
 *
 * @param to empty for "until now"
 */
public record AccountHistory(long account, Instant from, Optional<Instant> to, List<ServicePeriod> periods) {

    public AccountHistory {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        periods = List.copyOf(requireNonNull(periods, "periods is null"));
    }
}
