package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The work queue in memory, single-threaded, with the semantics the port's Javadoc describes. */
public final class InMemoryWorkQueue implements WorkQueuePort {

    private static final class Entry {
        final WorkKey key;
        QueueState state = QueueState.QUEUED;
        int attempts;
        Instant queuedAt;
        Instant dueAt;
        String owner;
        Instant leaseUntil;
        String lastError;
        final List<Long> eventIds = new ArrayList<>();
        long version;

        Entry(WorkKey key, Instant at) {
            this.key = key;
            this.queuedAt = at;
            this.dueAt = at;
        }

        QueueEntry view() {
            return new QueueEntry(key, state, attempts, queuedAt, dueAt, Optional.ofNullable(owner),
                    Optional.ofNullable(leaseUntil), Optional.ofNullable(lastError), eventIds);
        }
    }

    private final Map<WorkKey, Entry> entries = new LinkedHashMap<>();

    /** What the inbox does: queue the subject of a stored event and remember the event. */
    public void enqueue(WorkKey key, Instant dueAt, long eventId) {
        enqueue(key, dueAt);
        entries.get(key).eventIds.add(eventId);
    }

    @Override
    public void enqueue(WorkKey key, Instant dueAt) {
        Entry entry = entries.get(key);
        if (entry == null) {
            entries.put(key, new Entry(key, dueAt));
            return;
        }
        entry.version++;
        if (entry.state == QueueState.PARKED) {
            // A new change brings a parked entry back: it may be what the operator was waiting for.
            entry.state = QueueState.QUEUED;
            entry.attempts = 0;
            entry.dueAt = dueAt;
        } else if (entry.state == QueueState.QUEUED && dueAt.isBefore(entry.dueAt)) {
            entry.dueAt = dueAt;
        }
    }

    @Override
    public List<ClaimedWork> claim(String owner, int max, Instant now, Duration lease) {
        List<Entry> due = entries.values().stream()
                .filter(e -> (e.state == QueueState.QUEUED && !e.dueAt.isAfter(now))
                        || (e.state == QueueState.CLAIMED && !e.leaseUntil.isAfter(now)))
                .sorted(Comparator.comparing(e -> e.dueAt))
                .limit(max)
                .toList();
        List<ClaimedWork> claimed = new ArrayList<>();
        for (Entry entry : due) {
            entry.state = QueueState.CLAIMED;
            entry.owner = owner;
            entry.leaseUntil = now.plus(lease);
            claimed.add(new ClaimedWork(entry.key, entry.version, entry.attempts, entry.eventIds, owner, entry.leaseUntil));
        }
        return claimed;
    }

    @Override
    public boolean complete(ClaimedWork work, Instant now) {
        Entry entry = held(work);
        if (entry.version != work.version()) {
            entry.state = QueueState.QUEUED;
            entry.dueAt = now;
            entry.attempts = 0;
            release(entry);
            entry.eventIds.removeAll(work.eventIds());
            return false;
        }
        entries.remove(work.key());
        return true;
    }

    @Override
    public void retryLater(ClaimedWork work, Instant dueAt, String error) {
        Entry entry = held(work);
        entry.state = QueueState.QUEUED;
        entry.attempts = work.attempts() + 1;
        entry.dueAt = dueAt;
        entry.lastError = error;
        release(entry);
    }

    @Override
    public void park(ClaimedWork work, String error) {
        Entry entry = held(work);
        entry.state = QueueState.PARKED;
        entry.attempts = work.attempts() + 1;
        entry.lastError = error;
        release(entry);
    }

    @Override
    public void release(ClaimedWork work) {
        Entry entry = held(work);
        entry.state = QueueState.QUEUED;
        entry.dueAt = entry.queuedAt;
        release(entry);
    }

    @Override
    public List<QueueEntry> parked(int limit) {
        return entries.values().stream().filter(e -> e.state == QueueState.PARKED).limit(limit).map(Entry::view).toList();
    }

    @Override
    public int retryParked(Optional<WorkKey> key, Instant now) {
        int count = 0;
        for (Entry entry : entries.values()) {
            if (entry.state == QueueState.PARKED && key.map(entry.key::equals).orElse(true)) {
                entry.state = QueueState.QUEUED;
                entry.attempts = 0;
                entry.dueAt = now;
                count++;
            }
        }
        return count;
    }

    @Override
    public Optional<QueueEntry> find(WorkKey key) {
        return Optional.ofNullable(entries.get(key)).map(Entry::view);
    }

    @Override
    public QueueStats stats() {
        return new QueueStats(count(QueueState.QUEUED), count(QueueState.CLAIMED), count(QueueState.PARKED),
                entries.values().stream().filter(e -> e.state == QueueState.QUEUED).map(e -> e.queuedAt)
                        .min(Comparator.naturalOrder()));
    }

    public List<QueueEntry> all() {
        return entries.values().stream().map(Entry::view).toList();
    }

    private long count(QueueState state) {
        return entries.values().stream().filter(e -> e.state == state).count();
    }

    private Entry held(ClaimedWork work) {
        Entry entry = entries.get(work.key());
        if (entry == null || entry.state != QueueState.CLAIMED || !work.owner().equals(entry.owner)) {
            throw new IllegalStateException(work.key() + " is not held by " + work.owner());
        }
        return entry;
    }

    private static void release(Entry entry) {
        entry.owner = null;
        entry.leaseUntil = null;
    }
}
