package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueLane;
import dev.iptvbridge.application.port.out.QueueLaneCounts;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** What operators and metrics see of the queue, and the operator's retry of parked entries. */
final class QueueReads {

    private final Jdbi jdbi;

    QueueReads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<QueueEntry> parked(int limit) {
        return jdbi.withHandle(handle -> new QueueDao(handle).parked(Limits.check(limit)))
                .stream().map(row -> row.toState().toEntry()).toList();
    }

    int retryParked(Optional<WorkKey> key, Instant now) {
        Instant at = TimeMapping.toMicros(now);
        return jdbi.withHandle(handle -> key.isPresent()
                ? new QueueDao(handle).retryParked(key.get().kind().name(), key.get().id(), at)
                : new QueueDao(handle).retryAllParked(at));
    }

    Optional<QueueEntry> find(WorkKey key) {
        return jdbi.withHandle(handle -> new QueueDao(handle).find(key.kind().name(), key.id()))
                .map(row -> row.toState().toEntry());
    }

    QueueStats stats() {
        return jdbi.inTransaction(handle -> {
            QueueDao dao = new QueueDao(handle);
            String sweep = QueueLane.SWEEP.name();
            return new QueueStats(dao.count(QueueState.QUEUED.name()), dao.count(QueueState.CLAIMED.name()),
                    dao.count(QueueState.PARKED.name()), dao.oldestQueuedAt(),
                    new QueueLaneCounts(dao.count(QueueState.QUEUED.name(), sweep),
                            dao.count(QueueState.CLAIMED.name(), sweep), dao.count(QueueState.PARKED.name(), sweep)));
        });
    }
}
