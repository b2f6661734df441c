package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

/** The key of a work queue entry: at most one entry exists per key (events coalesce onto it). */
public record WorkKey(WorkKind kind, long id) {

    public WorkKey {
        requireNonNull(kind, "kind is null");
    }

    public static WorkKey account(long accountId) {
        return new WorkKey(WorkKind.ACCOUNT, accountId);
    }

    public static WorkKey customer(long customerId) {
        return new WorkKey(WorkKind.CUSTOMER, customerId);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
    }
}
