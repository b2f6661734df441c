package dev.iptvbridge.application.queue;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueLane;
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
 *                 │    release / complete when asked again, or after a schedule (live, due at wakeAt)
 *                 └── a CLAIMED entry whose lease ran out (leaseUntil before now) is claimable again
 * </pre>
 *
 * @param version    raised by every transition; a {@link ClaimedWork} carries the version of its
 *                   claim or last renewal, and holds the entry while the entry's version is not lower
 * @param owner      present exactly when CLAIMED, as is {@code leaseUntil}
 * @param eventIds   the newest {@value #EVENT_ID_LIMIT} {@code i_event}s that asked for it, oldest first
 * @param askedAgain CLAIMED only: another request came in meanwhile, so completing queues it again
 * @param lane       {@code LIVE} unless every request since it was queued came from a sweep; a live
 *                   request moves a sweep entry to the live lane, a sweep request never moves it back
 * @param run        the sweep run that queued it: present exactly in the {@code SWEEP} lane
 * @param wakeAt     CLAIMED only: the moment its reconcile asked to be reconciled again ({@link #schedule});
 *                   completing queues it, live, due then, instead of removing it
 */
public record QueueEntryState(WorkKey key, QueueState state, long version, int attempts, Instant queuedAt,
                              Instant dueAt, Optional<String> owner, Optional<Instant> leaseUntil,
                              Optional<String> lastError, List<Long> eventIds, boolean askedAgain,
                              QueueLane lane, Optional<String> run, Optional<Instant> wakeAt) {

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
        requireNonNull(lane, "lane is null");
        requireNonNull(run, "run is null");
        requireNonNull(wakeAt, "wakeAt is null");
        if (claimed != owner.isPresent() || claimed != leaseUntil.isPresent() || (askedAgain && !claimed)
                || (wakeAt.isPresent() && !claimed)) {
            throw new IllegalArgumentException("owner, lease, askedAgain and wakeAt belong to CLAIMED entries only: "
                    + state);
        }
        if (run.isPresent() != (lane == QueueLane.SWEEP)) {
            throw new IllegalArgumentException("a run belongs to SWEEP entries only: " + lane);
        }
    }

    /** An entry of the live lane, as it was before there were lanes. */
    public QueueEntryState(WorkKey key, QueueState state, long version, int attempts, Instant queuedAt, Instant dueAt,
                           Optional<String> owner, Optional<Instant> leaseUntil, Optional<String> lastError,
                           List<Long> eventIds, boolean askedAgain) {
        this(key, state, version, attempts, queuedAt, dueAt, owner, leaseUntil, lastError, eventIds, askedAgain,
                QueueLane.LIVE, Optional.empty(), Optional.empty());
    }

    /** A new entry of the live lane, queued and due at {@code dueAt}. */
    public static QueueEntryState fresh(WorkKey key, Instant dueAt, OptionalLong eventId) {
        return fresh(key, dueAt, eventId, Optional.empty());
    }

    /** A new entry, queued and due at {@code dueAt}: in the sweep lane when {@code sweepRun} names a run. */
    public static QueueEntryState fresh(WorkKey key, Instant dueAt, OptionalLong eventId, Optional<String> sweepRun) {
        return new QueueEntryState(key, QueueState.QUEUED, 1, 0, dueAt, dueAt, Optional.empty(), Optional.empty(),
                Optional.empty(), withEvent(List.of(), eventId), false, laneOf(sweepRun), sweepRun, Optional.empty());
    }

    /** Another request, of the live lane. */
    public QueueEntryState coalesce(Instant requestedDue, OptionalLong eventId) {
        return coalesce(requestedDue, eventId, Optional.empty());
    }

    /**
     * Another request, of the sweep lane when {@code sweepRun} names a run. A queued entry becomes due
     * at the earlier time; a claimed one is marked asked again, so that its worker's complete keeps it;
     * a parked one gets a fresh try, since a change in billing may be what it waited for. A live request
     * moves the entry to the live lane; a sweep request leaves its lane and run as they were.
     */
    public QueueEntryState coalesce(Instant requestedDue, OptionalLong eventId, Optional<String> sweepRun) {
        List<Long> ids = withEvent(eventIds, eventId);
        QueueLane newLane = sweepRun.isEmpty() ? QueueLane.LIVE : lane;
        Optional<String> newRun = sweepRun.isEmpty() ? Optional.empty() : run;
        return switch (state) {
            case QUEUED -> queued(attempts, queuedAt, earlier(requestedDue, dueAt), lastError, ids, newLane, newRun);
            case CLAIMED -> new QueueEntryState(key, state, version + 1, attempts, queuedAt, dueAt, owner, leaseUntil,
                    lastError, ids, true, newLane, newRun, wakeAt);
            case PARKED -> queued(0, requestedDue, requestedDue, lastError, ids, laneOf(sweepRun), sweepRun);
        };
    }

    /**
     * A reconcile asked for at a known moment (a dated add-on starts or ends then), in the live lane,
     * without hurrying any reconcile asked for earlier. A queued entry becomes due at {@code at} when that
     * is earlier; a claimed one keeps it as {@code wakeAt} (the earliest), so that completing queues it
     * due then rather than at once; a parked one is refused: the reconcile of its retry asks again.
     */
    public QueueStep schedule(Instant at) {
        return switch (state) {
            case QUEUED -> at.isBefore(dueAt)
                    ? new QueueStep.Next(queued(attempts, queuedAt, at, lastError, eventIds, QueueLane.LIVE,
                            Optional.empty()))
                    : new QueueStep.Refused(key + " is due at " + dueAt + " already");
            case CLAIMED -> new QueueStep.Next(new QueueEntryState(key, state, version + 1, attempts, queuedAt, dueAt,
                    owner, leaseUntil, lastError, eventIds, askedAgain, lane, run,
                    Optional.of(wakeAt.map(wake -> earlier(wake, at)).orElse(at))));
            case PARKED -> new QueueStep.Refused(key + " is parked; its retry's reconcile schedules it again");
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
                Optional.of(now.plus(lease)), lastError, eventIds, askedAgain, lane, run, wakeAt));
    }

    /**
     * Done: removed; or queued again due at {@code now} (attempts reset) when it was asked for again
     * meanwhile; or, when its reconcile scheduled one ({@code wakeAt}), queued in the live lane due then.
     */
    public QueueStep complete(ClaimedWork work, Instant now) {
        if (!isHeldBy(work)) {
            return notHeld(work);
        }
        if (!askedAgain && wakeAt.isEmpty()) {
            return new QueueStep.Removed();
        }
        List<Long> left = new ArrayList<>(eventIds);
        left.removeAll(work.eventIds());
        if (askedAgain) {
            return new QueueStep.Next(queued(0, now, now, Optional.empty(), left, lane, run));
        }
        Instant wake = wakeAt.orElseThrow();
        return new QueueStep.Next(queued(0, wake, wake, Optional.empty(), left, QueueLane.LIVE, Optional.empty()));
    }

    /** The attempt failed: one more attempt counted, the error kept, due again at {@code newDue} (or a scheduled earlier wake). */
    public QueueStep retryLater(ClaimedWork work, Instant newDue, String error) {
        Instant due = wakeAt.map(wake -> earlier(wake, newDue)).orElse(newDue);
        return isHeldBy(work) ? new QueueStep.Next(queued(attempts + 1, queuedAt, due, Optional.of(error), eventIds))
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
        // A scheduled wake goes with the parking: the reconcile of the operator's retry schedules it again.
        return new QueueStep.Next(new QueueEntryState(key, QueueState.PARKED, version + 1, attempts, queuedAt, dueAt,
                Optional.empty(), Optional.empty(), Optional.of(error), eventIds, false, lane, run, Optional.empty()));
    }

    /** Handed back untouched: attempts and error kept; its due time was passed when claimed, so it is due at once. */
    public QueueStep release(ClaimedWork work) {
        return isHeldBy(work) ? new QueueStep.Next(queued(attempts, queuedAt, dueAt, lastError, eventIds))
                : notHeld(work);
    }

    /** An operator's retry of a parked entry: live, due at {@code now}, attempts reset, last error kept. */
    public QueueStep retryParked(Instant now) {
        return state == QueueState.PARKED
                ? new QueueStep.Next(queued(0, now, now, lastError, eventIds, QueueLane.LIVE, Optional.empty()))
                : new QueueStep.Refused(key + " is not parked");
    }

    public ClaimedWork toClaimed() {
        return new ClaimedWork(key, version, attempts, eventIds, owner.orElseThrow(), leaseUntil.orElseThrow());
    }

    public QueueEntry toEntry() {
        return new QueueEntry(key, state, attempts, queuedAt, dueAt, owner, leaseUntil, lastError, eventIds, lane,
                run);
    }

    // A claim keeps a wake asked for under an earlier lease: its new owner's reconcile may not get to ask again.
    private QueueEntryState claimed(String newOwner, Instant until) {
        return new QueueEntryState(key, QueueState.CLAIMED, version + 1, attempts, queuedAt, dueAt,
                Optional.of(newOwner), Optional.of(until), lastError, eventIds, false, lane, run, wakeAt);
    }

    private QueueEntryState queued(int newAttempts, Instant newQueuedAt, Instant newDue, Optional<String> error,
                                   List<Long> ids) {
        return queued(newAttempts, newQueuedAt, newDue, error, ids, lane, run);
    }

    private QueueEntryState queued(int newAttempts, Instant newQueuedAt, Instant newDue, Optional<String> error,
                                   List<Long> ids, QueueLane newLane, Optional<String> newRun) {
        return new QueueEntryState(key, QueueState.QUEUED, version + 1, newAttempts, newQueuedAt, newDue,
                Optional.empty(), Optional.empty(), error, ids, false, newLane, newRun, Optional.empty());
    }

    private static QueueLane laneOf(Optional<String> sweepRun) {
        return sweepRun.isPresent() ? QueueLane.SWEEP : QueueLane.LIVE;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
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
