package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writes of the work queue: read the row, compute its next state ({@link QueueRow}), write it
 * over the version read. A lost race rolls back and runs again ({@link Optimistic}).
 */
final class WorkQueue {

    private static final Logger LOG = LoggerFactory.getLogger(WorkQueue.class);

    private final Jdbi jdbi;

    WorkQueue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void enqueue(WorkKey key, Instant dueAt) {
        Optimistic.retry("queue " + key, () -> jdbi.inTransaction(handle -> {
            enqueueIn(handle, key, dueAt, OptionalLong.empty());
            return null;
        }));
    }

    /** Queues {@code key} inside the caller's transaction; throws {@link Conflict} when it lost a race. */
    static void enqueueIn(Handle handle, WorkKey key, Instant dueAt, OptionalLong eventId) {
        QueueDao dao = handle.attach(QueueDao.class);
        Optional<QueueRow> existing = dao.find(key.kind().name(), key.id());
        if (existing.isEmpty()) {
            dao.insert(QueueRow.fresh(key, TimeMapping.toMicros(dueAt), eventId));
            return;
        }
        QueueRow row = existing.get();
        replace(dao, row, row.coalesce(TimeMapping.toMicros(dueAt), eventId));
    }

    boolean complete(ClaimedWork work, Instant now) {
        return Optimistic.retry("complete " + work.key(), () -> jdbi.inTransaction(handle -> {
            QueueDao dao = handle.attach(QueueDao.class);
            Optional<QueueRow> found = dao.find(work.key().kind().name(), work.key().id());
            if (found.isEmpty()) {
                return true;
            }
            QueueRow row = found.get();
            if (!row.isHeldBy(work)) {
                LOG.warn("{} was completed by {}, who no longer holds it (its lease ran out); it stays as it is",
                        work.key(), work.owner());
                return false;
            }
            if (row.version() == work.version()) {
                if (dao.delete(row.workKind(), row.workId(), row.version()) == 0) {
                    throw new Conflict("work_queue " + work.key() + " changed while completing");
                }
                return true;
            }
            // Asked for again while claimed: the newer request still needs a reconcile, at once.
            replace(dao, row, row.queued(0, now, now, null, EventIds.without(row.eventIds(), work.eventIds())));
            return false;
        }));
    }

    void retryLater(ClaimedWork work, Instant dueAt, String error) {
        update(work, "retry " + work.key() + " later", row -> row.queued(row.attempts() + 1, row.queuedAt(),
                TimeMapping.toMicros(dueAt), error, row.eventIds()));
    }

    void park(ClaimedWork work, String error) {
        update(work, "park " + work.key(), row -> row.version() == work.version() ? row.parked(error)
                // A request came in while the attempt ran: like an event for a parked entry, it earns a fresh try.
                : row.queued(0, row.queuedAt(), row.dueAt(), error, row.eventIds()));
    }

    void release(ClaimedWork work) {
        // The entry was due when it was claimed, so its old due time makes it due at once.
        update(work, "release " + work.key(), row -> row.queued(row.attempts(), row.queuedAt(), row.dueAt(),
                row.lastError(), row.eventIds()));
    }

    private void update(ClaimedWork work, String what, UnaryOperator<QueueRow> next) {
        Optimistic.retry(what, () -> jdbi.inTransaction(handle -> {
            QueueDao dao = handle.attach(QueueDao.class);
            Optional<QueueRow> found = dao.find(work.key().kind().name(), work.key().id());
            if (found.isEmpty() || !found.get().isHeldBy(work)) {
                LOG.warn("Could not {}: {} no longer holds it (its lease ran out); it stays as it is", what,
                        work.owner());
                return null;
            }
            replace(dao, found.get(), next.apply(found.get()));
            return null;
        }));
    }

    private static void replace(QueueDao dao, QueueRow current, QueueRow next) {
        if (dao.replace(next, current.version()) == 0) {
            throw new Conflict("work_queue " + current.key() + " changed meanwhile");
        }
    }
}
