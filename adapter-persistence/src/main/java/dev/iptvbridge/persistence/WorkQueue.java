package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.queue.QueueEntryState;
import dev.iptvbridge.application.queue.QueueStep;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writes of the work queue: read the row, compute its next state ({@link QueueEntryState}),
 * write it over the version read. A lost race changes nothing and runs again ({@link Optimistic}).
 * Each change is one read and one write, the write guarded by the version (or the key, for an
 * insert): so they run in autocommit, without a transaction around them, which cost two round trips
 * more on every complete. Claims stay in {@link QueueClaims}, where PostgreSQL's row locks need one.
 */
final class WorkQueue {

    private static final Logger LOG = LoggerFactory.getLogger(WorkQueue.class);

    private final Jdbi jdbi;

    WorkQueue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void enqueue(WorkKey key, Instant dueAt) {
        Optimistic.retry("queue " + key, () -> jdbi.withHandle(handle -> {
            enqueueIn(handle, key, dueAt, OptionalLong.empty());
            return null;
        }));
    }

    void enqueueSweep(WorkKey key, Instant dueAt, String run) {
        Optimistic.retry("queue " + key + " for " + run, () -> jdbi.withHandle(handle -> {
            enqueueIn(handle, key, dueAt, OptionalLong.empty(), Optional.of(run));
            return null;
        }));
    }

    void schedule(WorkKey key, Instant at) {
        Instant due = TimeMapping.toMicros(at);
        Optimistic.retry("schedule " + key, () -> jdbi.withHandle(handle -> {
            QueueDao dao = new QueueDao(handle);
            Optional<QueueRow> existing = dao.find(key.kind().name(), key.id());
            if (existing.isEmpty()) {
                // A concurrent insert of the same key fails on the primary key: Optimistic runs this again.
                dao.insert(QueueRow.of(QueueEntryState.fresh(key, due, OptionalLong.empty())));
            } else {
                Optional<QueueEntryState> next = existing.get().toState().schedule(due).next();
                if (next.isPresent()) {
                    replace(dao, existing.get(), next.get());
                }
            }
            return null;
        }));
    }

    /** Queues {@code key} in the live lane inside the caller's transaction; throws {@link Conflict} when it lost a race. */
    static void enqueueIn(Handle handle, WorkKey key, Instant dueAt, OptionalLong eventId) {
        enqueueIn(handle, key, dueAt, eventId, Optional.empty());
    }

    private static void enqueueIn(Handle handle, WorkKey key, Instant dueAt, OptionalLong eventId,
                                  Optional<String> sweepRun) {
        QueueDao dao = new QueueDao(handle);
        Instant due = TimeMapping.toMicros(dueAt);
        Optional<QueueRow> existing = dao.find(key.kind().name(), key.id());
        if (existing.isEmpty()) {
            dao.insert(QueueRow.of(QueueEntryState.fresh(key, due, eventId, sweepRun)));
            return;
        }
        replace(dao, existing.get(), existing.get().toState().coalesce(due, eventId, sweepRun));
    }

    Optional<ClaimedWork> claimKey(WorkKey key, String owner, Instant now, Duration lease) {
        Instant at = TimeMapping.toMicros(now);
        return Optimistic.retry("claim " + key, () -> jdbi.withHandle(handle -> {
            QueueDao dao = new QueueDao(handle);
            Optional<QueueRow> found = dao.find(key.kind().name(), key.id());
            QueueEntryState entry = found.map(QueueRow::toState)
                    .orElseGet(() -> QueueEntryState.fresh(key, at, OptionalLong.empty()));
            Optional<QueueEntryState> next = entry.claimKey(owner, at, lease).next();
            if (next.isEmpty()) {
                return Optional.<ClaimedWork>empty();
            }
            QueueRow row = QueueRow.of(next.get());
            if (found.isEmpty()) {
                // A concurrent insert of the same key fails on the primary key: Optimistic runs this again.
                dao.insert(row);
            } else {
                replace(dao, found.get(), next.get());
            }
            return Optional.of(row.toState().toClaimed());
        }));
    }

    Optional<ClaimedWork> renew(ClaimedWork work, Instant now, Duration lease) {
        Instant at = TimeMapping.toMicros(now);
        return Optimistic.retry("renew the lease of " + work.key(), () -> jdbi.withHandle(handle -> {
            QueueDao dao = new QueueDao(handle);
            Optional<QueueRow> found = dao.find(work.key().kind().name(), work.key().id());
            if (found.isEmpty()) {
                return Optional.<ClaimedWork>empty();
            }
            Optional<QueueEntryState> next = found.get().toState().renew(work, at, lease).next();
            if (next.isEmpty()) {
                return Optional.<ClaimedWork>empty();
            }
            replace(dao, found.get(), next.get());
            // Still the events it was claimed for: those that came meanwhile are for the next round.
            QueueRow written = QueueRow.of(next.get());
            return Optional.of(work.renewed(written.version(), written.leaseUntil()));
        }));
    }

    boolean complete(ClaimedWork work, Instant now) {
        Instant at = TimeMapping.toMicros(now);
        return Optimistic.retry("complete " + work.key(), () -> jdbi.withHandle(handle -> {
            QueueDao dao = new QueueDao(handle);
            Optional<QueueRow> found = dao.find(work.key().kind().name(), work.key().id());
            if (found.isEmpty()) {
                return true;
            }
            QueueRow row = found.get();
            QueueStep step = row.toState().complete(work, at);
            if (step.removes()) {
                if (dao.delete(row.workKind(), row.workId(), row.version()) == 0) {
                    throw new Conflict("work_queue " + work.key() + " changed while completing");
                }
                return true;
            }
            if (step.next().isEmpty()) {
                notHeld(work, "complete " + work.key());
                return false;
            }
            // Asked for again while claimed: the newer request still needs a reconcile, at once. Or kept,
            // queued for the moment its reconcile scheduled: this attempt is done.
            replace(dao, row, step.next().get());
            return !row.askedAgain();
        }));
    }

    void retryLater(ClaimedWork work, Instant dueAt, String error) {
        Instant due = TimeMapping.toMicros(dueAt);
        update(work, "retry " + work.key() + " later", entry -> entry.retryLater(work, due, error));
    }

    void park(ClaimedWork work, String error) {
        update(work, "park " + work.key(), entry -> entry.park(work, error));
    }

    void release(ClaimedWork work) {
        update(work, "release " + work.key(), entry -> entry.release(work));
    }

    private void update(ClaimedWork work, String what, Function<QueueEntryState, QueueStep> transition) {
        Optimistic.retry(what, () -> jdbi.withHandle(handle -> {
            QueueDao dao = new QueueDao(handle);
            Optional<QueueRow> found = dao.find(work.key().kind().name(), work.key().id());
            QueueStep step = found.map(row -> transition.apply(row.toState()))
                    .orElse(new QueueStep.Refused(work.key() + " is not queued"));
            if (step.next().isPresent()) {
                replace(dao, found.get(), step.next().get());
            } else {
                notHeld(work, what);
            }
            return null;
        }));
    }

    private static void notHeld(ClaimedWork work, String what) {
        LOG.warn("Could not {}: {} no longer holds it (its lease ran out); it stays as it is", what, work.owner());
    }

    private static void replace(QueueDao dao, QueueRow current, QueueEntryState next) {
        if (dao.replace(QueueRow.of(next), current.version()) == 0) {
            throw new Conflict("work_queue " + current.key() + " changed meanwhile");
        }
    }
}
