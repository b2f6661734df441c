package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A row of {@code work_queue}, and the transitions of an entry as new rows. Every transition
 * raises {@code version}; the store writes a transition only over the version it was computed
 * from, so concurrent writers never lose each other's requests.
 *
 * <pre>
 *   enqueue ──► QUEUED ──claim──► CLAIMED ──complete──► (row deleted)
 *                 ▲  ▲              │  │
 *                 │  └─retryLater/──┘  └──park──► PARKED ──retryParked / enqueue──► QUEUED
 *                 │    release / complete while asked again
 *                 └── a CLAIMED row whose lease ran out is claimed again as it stands
 * </pre>
 */
record QueueRow(String workKind, long workId, String state, long version, int attempts, Instant queuedAt,
                Instant dueAt, String owner, Instant leaseUntil, String lastError, String eventIds) {

    static QueueRow fresh(WorkKey key, Instant dueAt, OptionalLong eventId) {
        return new QueueRow(key.kind().name(), key.id(), QueueState.QUEUED.name(), 1, 0, dueAt, dueAt, null, null,
                null, EventIds.append("", eventId));
    }

    WorkKey key() {
        return new WorkKey(WorkKind.valueOf(workKind), workId);
    }

    QueueState queueState() {
        return QueueState.valueOf(state);
    }

    /**
     * Another request for the entry. A waiting entry becomes due at the earlier time; a claimed one
     * only has its version raised, so that its worker's complete keeps it; a parked one gets a fresh
     * try, since a change in billing may be what it waited for.
     */
    QueueRow coalesce(Instant requestedDue, OptionalLong eventId) {
        String ids = EventIds.append(eventIds, eventId);
        switch (queueState()) {
            case QUEUED:
                Instant due = requestedDue.isBefore(dueAt) ? requestedDue : dueAt;
                return new QueueRow(workKind, workId, state, version + 1, attempts, queuedAt, due, null, null,
                        lastError, ids);
            case CLAIMED:
                return new QueueRow(workKind, workId, state, version + 1, attempts, queuedAt, dueAt, owner,
                        leaseUntil, lastError, ids);
            default:
                return queued(0, requestedDue, requestedDue, lastError, ids);
        }
    }

    QueueRow claimedBy(String newOwner, Instant until) {
        return new QueueRow(workKind, workId, QueueState.CLAIMED.name(), version + 1, attempts, queuedAt, dueAt,
                newOwner, until, lastError, eventIds);
    }

    QueueRow queued(int newAttempts, Instant newQueuedAt, Instant newDue, String error, String ids) {
        return new QueueRow(workKind, workId, QueueState.QUEUED.name(), version + 1, newAttempts, newQueuedAt, newDue,
                null, null, error, ids);
    }

    QueueRow parked(String error) {
        return new QueueRow(workKind, workId, QueueState.PARKED.name(), version + 1, attempts, queuedAt, dueAt, null,
                null, error, eventIds);
    }

    boolean isHeldBy(ClaimedWork work) {
        return queueState() == QueueState.CLAIMED && work.owner().equals(owner) && version >= work.version();
    }

    ClaimedWork toClaimed() {
        return new ClaimedWork(key(), version, attempts, EventIds.decode(eventIds), owner, leaseUntil);
    }

    QueueEntry toEntry() {
        return new QueueEntry(key(), queueState(), attempts, queuedAt, dueAt, Optional.ofNullable(owner),
                Optional.ofNullable(leaseUntil), Optional.ofNullable(lastError), List.copyOf(EventIds.decode(eventIds)));
    }
}
