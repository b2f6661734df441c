package dev.iptvbridge.embedded.internal.view;

import dev.iptvbridge.domain.history.ServicePeriod;
import java.time.Instant;
import java.util.List;

/** One period of the history view; {@code to} and {@code reason} are null when there is none. */
public record HistoryPeriodPart(String servicePackage, String state, String from, String to, String reason,
                                List<Long> events) {

    static HistoryPeriodPart of(ServicePeriod period) {
        return new HistoryPeriodPart(period.servicePackage(), period.state().name(), period.from().toString(),
                period.to().map(Instant::toString).orElse(null), period.reason().map(Enum::name).orElse(null),
                period.events());
    }
}
