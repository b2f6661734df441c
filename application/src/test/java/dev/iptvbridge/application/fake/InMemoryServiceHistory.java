package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.ServiceHistoryPort;
import dev.iptvbridge.domain.history.ServiceChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** The service history in memory, in the order changes were appended. */
public final class InMemoryServiceHistory implements ServiceHistoryPort {

    private final List<ServiceChange> changes = new ArrayList<>();

    public List<ServiceChange> all() {
        return List.copyOf(changes);
    }

    @Override
    public void append(List<ServiceChange> batch) {
        changes.addAll(batch);
    }

    @Override
    public List<ServiceChange> changes(long accountId) {
        return changes.stream().filter(change -> change.account() == accountId).toList();
    }

    @Override
    public void forEachBefore(Instant before, Consumer<ServiceChange> sink) {
        // A stable sort keeps the order of appending within one account and service package.
        changes.stream().filter(change -> change.at().isBefore(before))
                .sorted(Comparator.comparingLong(ServiceChange::account).thenComparing(ServiceChange::servicePackage))
                .forEach(sink);
    }
}
