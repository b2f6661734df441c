package dev.iptvbridge.embedded.internal.view;

import dev.iptvbridge.application.port.out.QueueEntry;
import java.util.List;

/**
 * The account's queue entry: {@code QUEUED}, {@code CLAIMED} or {@code PARKED}, its attempts and last error,
 * its lane ({@code LIVE} or {@code SWEEP}) and, in the sweep lane, the run that queued it.
 */
public record QueuePart(String state, int attempts, String dueAt, String owner, String lastError, List<Long> eventIds,
                        String lane, String run) {

    static QueuePart of(QueueEntry entry) {
        return new QueuePart(entry.state().name(), entry.attempts(), entry.dueAt().toString(), entry.owner().orElse(null),
                entry.lastError().orElse(null), entry.eventIds(), entry.lane().name(), entry.run().orElse(null));
    }
}
