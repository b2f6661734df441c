package dev.iptvbridge.application.queue;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One work queue entry and its transitions, each returning the next state; every transition raises
 * {@code version}, and a store writes a transition only over the version it was computed from.
 *
 * <pre>
 *   enqueue ──► QUEUED ──claim──► CLAIMED ──complete──► (removed)
 *                 ▲  ▲              │ ▲│
 *                 │  └─retryLater/──┘ └┘renew  └──park──► PARKED ──retryParked / enqueue──► QUEUED
 *                 │    release / complete when asked again
 *                 └── a CLAIMED entry whose lease ran out (leaseUntil before now) is claimable again
 * </pre>
 *
 * @param version    raised by every transition; a {@link ClaimedWork} carries the version of its
 *                   claim or last renewal, and holds the entry while the entry's version is not lower
 * @param owner      present exactly when CLAIMED, as is {@code leaseUntil}
 * @param eventIds   the newest {@value #EVENT_ID_LIMIT} {@code i_event}s that asked for it, oldest first
 * @param askedAgain CLAIMED only: another request came in meanwhile, so completing queues it again
 */
public record QueueEntryState(WorkKey key, QueueState state, long version, int attempts, Instant queuedAt,
                              Instant dueAt, Optional<String> owner, Optional<Instant> leaseUntil,
                              Optional<String> lastError, List<Long> eventIds, boolean askedAgain) {

    /** An entry remembers this many of the events that queued it, the newest. */
    public static final int EVENT_ID_LIMIT = 50;

    public QueueEntryState {
        requireNonNull(key, "key is null");
        requireNonNull(state, "state is null");
        requireNonNull(queuedAt, "queuedAt is null");
        requireNonNull(dueAt, "dueAt is null");
        requireNonNull(owner, "owner is null");
        requireNonNull(leaseUntil, "leaseUntil is null");
        requireNonNull(lastError, "lastError is null");
        eventIds = List.copyOf(requireNonNull(eventIds, "eventIds is null"));
        boolean claimed = state == QueueState.CLAIMED;
        if (claimed != owner.isPresent() || claimed != leaseUntil.isPresent() || (askedAgain && !claimed)) {
            throw new IllegalArgumentException("owner, lease and askedAgain belong to CLAIMED entries only: " + state);
        }
    }

    /** A new entry, queued and due at {@code dueAt}. */
    public static QueueEntryState fresh(WorkKey key, Instant dueAt, OptionalLong eventId) {
        return new QueueEntryState(key, QueueState.QUEUED, 1, 0, dueAt, dueAt, Optional.empty(), Optional.empty(),
                Optional.empty(), withEvent(List.of(), eventId), false);
    }

    /**
     * Another request. A queued entry becomes due at the earlier time; a claimed one is marked asked
     * again, so that its worker's complete keeps it; a parked one gets a fresh try, since a change in
     * billing may be what it waited for.
     */
    public QueueEntryState coalesce(Instant requestedDue, OptionalLong eventId) {
        List<Long> ids = withEvent(eventIds, eventId);
        return switch (state) {
            case QUEUED -> queued(attempts, queuedAt, requestedDue.isBefore(dueAt) ? requestedDue : dueAt,
                    lastError, ids);
            case CLAIMED -> new QueueEntryState(key, state, version + 1, attempts, queuedAt, dueAt, owner, leaseUntil,
                    lastError, ids, true);
            case PARKED -> queued(0, requestedDue, requestedDue, lastError, ids);
        };
    }

    /** Whether a worker's claim takes it at {@code now}: queued and due, or claimed under a lease that ran out. */
    public boolean claimableAt(Instant now) {
        return (state == QueueState.QUEUED && !dueAt.isAfter(now)) || leaseRanOutAt(now);
    }

    /** A lease holds up to and including its {@code leaseUntil}. */
    public boolean leaseRanOutAt(Instant now) {
        return leaseUntil.map(now::isAfter).orElse(false);
    }

    /** A worker's claim of a due entry. */
    public QueueStep claim(String newOwner, Instant now, Duration lease) {
        if (!claimableAt(now)) {
            return new QueueStep.Refused(key + " is not due at " + now);
        }
        return new QueueStep.Next(claimed(newOwner, now.plus(lease)));
    }

    /** A claim of this very key ({@code reconcile ACCOUNT}): taken whatever its due time, unless a live lease holds it. */
    public QueueStep claimKey(String newOwner, Instant now, Duration lease) {
        if (state == QueueState.CLAIMED && !leaseRanOutAt(now)) {
            return new QueueStep.Refused(key + " is held by " + owner.orElseThrow() + " until " + leaseUntil.orElseThrow());
        }
        return new QueueStep.Next(claimed(newOwner, now.plus(lease)));
    }

    /** Whether {@code work} still holds the entry: claimed by its owner, not claimed again since. */
    public boolean isHeldBy(ClaimedWork work) {
        return state == QueueState.CLAIMED && owner.orElseThrow().equals(work.owner()) && version >= work.version();
    }

    /** The holder extends its lease to {@code now + lease}; a lease that ran out is lost, even if nobody took it yet. */
    public QueueStep renew(ClaimedWork work, Instant now, Duration lease) {
        if (!isHeldBy(work) || leaseRanOutAt(now)) {
            return notHeld(work);
        }
        return new QueueStep.Next(new QueueEntryState(key, state, version + 1, attempts, queuedAt, dueAt, owner,
                Optional.of(now.plus(lease)), lastError, eventIds, askedAgain));
    }

    /** Done: removed, or queued again due at {@code now} (attempts reset) when it was asked for again meanwhile. */
    public QueueStep complete(ClaimedWork work, Instant now) {
        if (!isHeldBy(work)) {
            return notHeld(work);
        }
        if (!askedAgain) {
            return new QueueStep.Removed();
        }
        List<Long> left = new ArrayList<>(eventIds);
        left.removeAll(work.eventIds());
        return new QueueStep.Next(queued(0, now, now, Optional.empty(), left));
    }

    /** The attempt failed: one more attempt counted, the error kept, due again at {@code newDue}. */
    public QueueStep retryLater(ClaimedWork work, Instant newDue, String error) {
        return isHeldBy(work) ? new QueueStep.Next(queued(attempts + 1, queuedAt, newDue, Optional.of(error), eventIds))
                : notHeld(work);
    }

    /**
     * Given up until an operator retries, attempts as they were. Asked for again meanwhile, it is
     * queued instead with attempts reset: like an event for a parked entry, that earns a fresh try.
     */
    public QueueStep park(ClaimedWork work, String error) {
        if (!isHeldBy(work)) {
            return notHeld(work);
        }
        if (askedAgain) {
            return new QueueStep.Next(queued(0, queuedAt, dueAt, Optional.of(error), eventIds));
        }
        return new QueueStep.Next(new QueueEntryState(key, QueueState.PARKED, version + 1, attempts, queuedAt, dueAt,
                Optional.empty(), Optional.empty(), Optional.of(error), eventIds, false));
    }

    /** Handed back untouched: attempts and error kept; its due time was passed when claimed, so it is due at once. */
    public QueueStep release(ClaimedWork work) {
        return isHeldBy(work) ? new QueueStep.Next(queued(attempts, queuedAt, dueAt, lastError, eventIds))
                : notHeld(work);
    }

    /** An operator's retry of a parked entry: due at {@code now}, attempts reset, last error kept. */
    public QueueStep retryParked(Instant now) {
        return state == QueueState.PARKED ? new QueueStep.Next(queued(0, now, now, lastError, eventIds))
                : new QueueStep.Refused(key + " is not parked");
    }

    public ClaimedWork toClaimed() {
        return new ClaimedWork(key, version, attempts, eventIds, owner.orElseThrow(), leaseUntil.orElseThrow());
    }

    public QueueEntry toEntry() {
        return new QueueEntry(key, state, attempts, queuedAt, dueAt, owner, leaseUntil, lastError, eventIds);
    }

    private QueueEntryState claimed(String newOwner, Instant until) {
        return new QueueEntryState(key, QueueState.CLAIMED, version + 1, attempts, queuedAt, dueAt,
                Optional.of(newOwner), Optional.of(until), lastError, eventIds, false);
    }

    private QueueEntryState queued(int newAttempts, Instant newQueuedAt, Instant newDue, Optional<String> error,
                                   List<Long> ids) {
        return new QueueEntryState(key, QueueState.QUEUED, version + 1, newAttempts, newQueuedAt, newDue,
                Optional.empty(), Optional.empty(), error, ids, false);
    }

    private QueueStep notHeld(ClaimedWork work) {
        return new QueueStep.Refused(key + " is no longer held by " + work.owner() + " (its lease ran out)");
    }

    private static List<Long> withEvent(List<Long> ids, OptionalLong eventId) {
        List<Long> next = new ArrayList<>(ids);
        if (eventId.isPresent() && !next.contains(eventId.getAsLong())) {
            next.add(eventId.getAsLong());
        }
        return next.size() > EVENT_ID_LIMIT ? next.subList(next.size() - EVENT_ID_LIMIT, next.size()) : next;
    }
}
