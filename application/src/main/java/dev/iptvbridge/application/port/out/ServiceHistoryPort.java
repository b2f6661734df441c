package dev.iptvbridge.application.port.out;

import dev.iptvbridge.domain.history.ServiceChange;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The service history's own store: change points per account and service package, kept apart
 * from the audit log so that purging the audit leaves the history whole. Every method may throw
 * an {@link IntegrationException}.
 */
public interface ServiceHistoryPort {

    /** Stores the changes of one reconcile, all or none. */
    void append(List<ServiceChange> changes);

    /** The account's changes, oldest first (ties in the order they were stored); empty when it has none. */
    List<ServiceChange> changes(long accountId);

    /**
     * Every change made before {@code before}, by account, then service package, then time, handed
     * to {@code sink} one at a time so that memory stays flat however many accounts there are.
     */
    void forEachBefore(Instant before, Consumer<ServiceChange> sink);
}
