package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.QueueLane;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkKind;
import dev.iptvbridge.application.queue.QueueEntryState;
import java.time.Instant;
import java.util.Optional;

/**
 * A row of {@code work_queue}: the columns of a {@link QueueEntryState}, which holds the rules.
 * Instants are cut to microseconds, as both databases keep them.
 */
record QueueRow(String workKind, long workId, String state, long version, int attempts, Instant queuedAt,
                Instant dueAt, String owner, Instant leaseUntil, String lastError, String eventIds,
                boolean askedAgain, String lane, String sweepRun, Instant wakeAt) {

    static QueueRow of(QueueEntryState entry) {
        return new QueueRow(entry.key().kind().name(), entry.key().id(), entry.state().name(), entry.version(),
                entry.attempts(), TimeMapping.toMicros(entry.queuedAt()), TimeMapping.toMicros(entry.dueAt()),
                entry.owner().orElse(null), entry.leaseUntil().map(TimeMapping::toMicros).orElse(null),
                entry.lastError().orElse(null), EventIds.encode(entry.eventIds(), QueueEntryState.EVENT_ID_LIMIT),
                entry.askedAgain(), entry.lane().name(), entry.run().orElse(null),
                entry.wakeAt().map(TimeMapping::toMicros).orElse(null));
    }

    WorkKey key() {
        return new WorkKey(WorkKind.valueOf(workKind), workId);
    }

    QueueEntryState toState() {
        return new QueueEntryState(key(), QueueState.valueOf(state), version, attempts, queuedAt, dueAt,
                Optional.ofNullable(owner), Optional.ofNullable(leaseUntil), Optional.ofNullable(lastError),
                EventIds.decode(eventIds), askedAgain, QueueLane.valueOf(lane), Optional.ofNullable(sweepRun),
                Optional.ofNullable(wakeAt));
    }
}
