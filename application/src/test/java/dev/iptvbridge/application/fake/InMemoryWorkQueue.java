package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueLane;
import dev.iptvbridge.application.port.out.QueueLaneCounts;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.application.queue.QueueEntryState;
import dev.iptvbridge.application.queue.QueueStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The work queue in memory: {@link QueueEntryState}s in a map, every method under one lock, so that
 * the rules are the persistence adapter's (the contract suite runs on both).
 */
public final class InMemoryWorkQueue implements WorkQueuePort {

    private final Map<WorkKey, QueueEntryState> entries = new LinkedHashMap<>();

    /** What the inbox does: queue the subject of a stored event and remember the event. */
    public synchronized void enqueue(WorkKey key, Instant dueAt, long eventId) {
        enqueue(key, dueAt, OptionalLong.of(eventId));
    }

    @Override
    public synchronized void enqueue(WorkKey key, Instant dueAt) {
        enqueue(key, dueAt, OptionalLong.empty());
    }

    @Override
    public synchronized void enqueueSweep(WorkKey key, Instant dueAt, String run) {
        enqueue(key, dueAt, OptionalLong.empty(), Optional.of(run));
    }

    @Override
    public synchronized void schedule(WorkKey key, Instant at) {
        QueueEntryState entry = entries.get(key);
        if (entry == null) {
            entries.put(key, QueueEntryState.fresh(key, at, OptionalLong.empty()));
        } else {
            apply(entry, entry.schedule(at));
        }
    }

    private void enqueue(WorkKey key, Instant dueAt, OptionalLong eventId) {
        enqueue(key, dueAt, eventId, Optional.empty());
    }

    private void enqueue(WorkKey key, Instant dueAt, OptionalLong eventId, Optional<String> sweepRun) {
        QueueEntryState entry = entries.get(key);
        entries.put(key, entry == null ? QueueEntryState.fresh(key, dueAt, eventId, sweepRun)
                : entry.coalesce(dueAt, eventId, sweepRun));
    }

    @Override
    public synchronized List<ClaimedWork> claim(String owner, int max, Instant now, Duration lease) {
        Stream<QueueEntryState> expired = entries.values().stream().filter(e -> e.leaseRanOutAt(now))
                .sorted(Comparator.comparing(e -> e.leaseUntil().orElseThrow()));
        Stream<QueueEntryState> due = entries.values().stream()
                .filter(e -> e.state() == QueueState.QUEUED && e.claimableAt(now))
                .sorted(Comparator.comparing((QueueEntryState e) -> e.lane() == QueueLane.SWEEP)
                        .thenComparing(QueueEntryState::dueAt));
        List<QueueEntryState> candidates = Stream.concat(expired, due).limit(Math.max(max, 0)).toList();
        List<ClaimedWork> claimed = new ArrayList<>();
        for (QueueEntryState entry : candidates) {
            if (apply(entry, entry.claim(owner, now, lease))) {
                claimed.add(entries.get(entry.key()).toClaimed());
            }
        }
        return claimed;
    }

    @Override
    public synchronized Optional<ClaimedWork> claimKey(WorkKey key, String owner, Instant now, Duration lease) {
        QueueEntryState entry = entries.computeIfAbsent(key, k -> QueueEntryState.fresh(k, now, OptionalLong.empty()));
        return apply(entry, entry.claimKey(owner, now, lease)) ? Optional.of(entries.get(key).toClaimed())
                : Optional.empty();
    }

    @Override
    public synchronized Optional<ClaimedWork> renew(ClaimedWork work, Instant now, Duration lease) {
        if (!held(work, e -> e.renew(work, now, lease))) {
            return Optional.empty();
        }
        QueueEntryState renewed = entries.get(work.key());
        return Optional.of(work.renewed(renewed.version(), renewed.leaseUntil().orElseThrow()));
    }

    @Override
    public synchronized boolean complete(ClaimedWork work, Instant now) {
        QueueEntryState before = entries.get(work.key());
        if (before == null) {
            return true;
        }
        QueueStep step = before.complete(work, now);
        apply(before, step);
        // Kept for a scheduled moment is done too; only a request during the work asks for more now.
        return step.removes() || (step.next().isPresent() && !before.askedAgain());
    }

    @Override
    public synchronized void retryLater(ClaimedWork work, Instant dueAt, String error) {
        held(work, e -> e.retryLater(work, dueAt, error));
    }

    @Override
    public synchronized void park(ClaimedWork work, String error) {
        held(work, e -> e.park(work, error));
    }

    @Override
    public synchronized void release(ClaimedWork work) {
        held(work, e -> e.release(work));
    }

    @Override
    public synchronized List<QueueEntry> parked(int limit) {
        return entries.values().stream().filter(e -> e.state() == QueueState.PARKED)
                .sorted(Comparator.comparing(QueueEntryState::queuedAt)).limit(limit).map(QueueEntryState::toEntry)
                .toList();
    }

    @Override
    public synchronized int retryParked(Optional<WorkKey> key, Instant now) {
        int count = 0;
        for (QueueEntryState entry : List.copyOf(entries.values())) {
            if (key.map(entry.key()::equals).orElse(true) && apply(entry, entry.retryParked(now))) {
                count++;
            }
        }
        return count;
    }

    @Override
    public synchronized Optional<QueueEntry> find(WorkKey key) {
        return Optional.ofNullable(entries.get(key)).map(QueueEntryState::toEntry);
    }

    @Override
    public synchronized QueueStats stats() {
        return new QueueStats(count(QueueState.QUEUED), count(QueueState.CLAIMED), count(QueueState.PARKED),
                entries.values().stream().filter(e -> e.state() == QueueState.QUEUED).map(QueueEntryState::queuedAt)
                        .min(Comparator.naturalOrder()),
                new QueueLaneCounts(count(QueueState.QUEUED, QueueLane.SWEEP), count(QueueState.CLAIMED, QueueLane.SWEEP),
                        count(QueueState.PARKED, QueueLane.SWEEP)));
    }

    public synchronized List<QueueEntry> all() {
        return entries.values().stream().map(QueueEntryState::toEntry).toList();
    }

    private long count(QueueState state) {
        return entries.values().stream().filter(e -> e.state() == state).count();
    }

    private long count(QueueState state, QueueLane lane) {
        return entries.values().stream().filter(e -> e.state() == state && e.lane() == lane).count();
    }

    private boolean held(ClaimedWork work, Function<QueueEntryState, QueueStep> transition) {
        QueueEntryState entry = entries.get(work.key());
        return entry != null && apply(entry, transition.apply(entry));
    }

    private boolean apply(QueueEntryState entry, QueueStep step) {
        if (step instanceof QueueStep.Next next) {
            entries.put(entry.key(), next.state());
            return true;
        }
        if (step instanceof QueueStep.Removed) {
            entries.remove(entry.key());
            return true;
        }
        return false;
    }
}
