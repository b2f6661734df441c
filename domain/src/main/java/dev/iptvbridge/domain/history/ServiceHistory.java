package dev.iptvbridge.domain.history;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The two functions of service history: the changes between two sets of standings, and the
 * periods that the changes of one account cut out of a window. Per service package the periods
 * tile the window {@code [from, to)}: no gap, no overlap, absent before the first change.
 */
public final class ServiceHistory {

    private ServiceHistory() {
    }

    /** Where each service package stands after these changes (given oldest first); absent ones are left out. */
    public static SortedMap<String, ServiceStanding> latest(Collection<ServiceChange> changes) {
        SortedMap<String, ServiceStanding> latest = new TreeMap<>();
        for (ServiceChange change : changes) {
            latest.put(change.servicePackage(), change.standing());
        }
        latest.values().removeIf(standing -> standing.state() == ServiceState.ABSENT);
        return latest;
    }

    /** The changes that lead from {@code before} to {@code after}, service packages in name order. */
    public static List<ServiceChange> changes(long account, Map<String, ServiceStanding> before,
                                              Map<String, ServiceStanding> after, Instant at, List<Long> eventIds) {
        SortedSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<ServiceChange> changes = new ArrayList<>();
        for (String name : names) {
            ServiceStanding was = before.getOrDefault(name, ServiceStanding.ABSENT);
            ServiceStanding is = after.getOrDefault(name, ServiceStanding.ABSENT);
            if (!was.equals(is)) {
                changes.add(new ServiceChange(account, name, is, at, eventIds));
            }
        }
        return changes;
    }

    /**
     * The periods of each service package within {@code [from, to)}, by service package name then time.
     *
     * @param changes the account's changes, oldest first (ties in the order they were made)
     * @param to      the window's end; empty for "until now". A period still lasting at {@code now} has
     *                no end when the window reaches past {@code now}
     */
    public static List<ServicePeriod> periods(List<ServiceChange> changes, Instant from, Optional<Instant> to,
                                              Instant now) {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(now, "now is null");
        SortedMap<String, List<ServiceChange>> byPackage = new TreeMap<>();
        changes.forEach(change -> byPackage.computeIfAbsent(change.servicePackage(), name -> new ArrayList<>())
                .add(change));
        List<ServicePeriod> periods = new ArrayList<>();
        byPackage.forEach((name, ofPackage) -> cut(name, ofPackage, from, to, now, periods));
        return periods;
    }

    private static void cut(String name, List<ServiceChange> changes, Instant from, Optional<Instant> to,
                            Instant now, List<ServicePeriod> periods) {
        Optional<Instant> openEnd = to.filter(end -> !end.isAfter(now));
        ServiceStanding standing = ServiceStanding.ABSENT;
        List<Long> events = List.of();
        Instant start = null; // null: since always
        for (ServiceChange change : changes) {
            add(name, standing, events, start, Optional.of(change.at()), from, to, periods);
            standing = change.standing();
            events = change.eventIds();
            start = change.at();
        }
        add(name, standing, events, start, openEnd, from, to, periods);
    }

    private static void add(String name, ServiceStanding standing, List<Long> events, Instant start,
                            Optional<Instant> end, Instant from, Optional<Instant> to, List<ServicePeriod> periods) {
        Instant cutStart = start == null || start.isBefore(from) ? from : start;
        Optional<Instant> cutEnd = end;
        if (to.isPresent() && end.isPresent() && end.get().isAfter(to.get())) {
            cutEnd = to;
        }
        boolean beforeWindow = cutEnd.isPresent() && !cutEnd.get().isAfter(cutStart);
        boolean afterWindow = to.isPresent() && !cutStart.isBefore(to.get());
        if (beforeWindow || afterWindow) {
            return;
        }
        periods.add(new ServicePeriod(name, standing.state(), cutStart, cutEnd, standing.reason(), events));
    }
}
