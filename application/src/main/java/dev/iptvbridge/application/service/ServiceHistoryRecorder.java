package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.ServiceHistoryPort;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.history.ServiceChange;
import dev.iptvbridge.domain.history.ServiceHistory;
import dev.iptvbridge.domain.history.ServiceStanding;
import dev.iptvbridge.domain.history.ServiceStandings;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Writes the service history from the outcome of a reconcile: what Minerva holds once the applied
 * steps went through, compared with where each service package stood; only changes are stored.
 */
public final class ServiceHistoryRecorder {

    private final ServiceHistoryPort history;
    private final Catalog catalog;
    private final ServiceStandings standings;
    private final Clock clock;

    @Inject
    public ServiceHistoryRecorder(ServiceHistoryPort history, Catalog catalog, Clock clock) {
        this.history = requireNonNull(history, "history is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.standings = new ServiceStandings(catalog);
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * @throws dev.iptvbridge.application.port.out.IntegrationException when the history cannot be read or written
     */
    void record(long accountId, List<Long> eventIds, BillingView view, Optional<IptvCustomer> current) {
        Instant now = clock.instant();
        SortedSet<String> entitled = view.account()
                .map(account -> catalog.servicePackageNames(account.mainProduct(), account.addOnProductsEffectiveAt(now)))
                .orElseGet(TreeSet::new);
        Map<String, ServiceStanding> before = ServiceHistory.latest(history.changes(accountId));
        Map<String, ServiceStanding> after = standings.after(entitled, view.desired(), current, before);
        List<ServiceChange> changes = ServiceHistory.changes(accountId, before, after, now, eventIds);
        if (!changes.isEmpty()) {
            history.append(changes);
        }
    }
}
