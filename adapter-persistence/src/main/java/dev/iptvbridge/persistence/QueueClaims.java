package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueLane;
import dev.iptvbridge.application.queue.QueueEntryState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Claiming due entries so that no two workers, in one process or several, hold one key at once.
 * PostgreSQL locks the due rows with {@code FOR UPDATE SKIP LOCKED}, so concurrent claimers take
 * disjoint rows in one transaction each. H2 reads candidates, then claims each with an update
 * that only succeeds over the version it read: a claimer that lost the race changes nothing.
 */
final class QueueClaims {

    // On H2 some candidates go to faster claimers; reading a few more keeps the batches full.
    private static final int H2_EXTRA_CANDIDATES = 8;

    private final Jdbi jdbi;
    private final BooleanSupplier postgres;

    // Asked at each claim, not at construction: over a host's DataSource, the answer needs a connection.
    QueueClaims(Jdbi jdbi, BooleanSupplier postgres) {
        this.jdbi = jdbi;
        this.postgres = postgres;
    }

    List<ClaimedWork> claim(String owner, int max, Instant now, Duration lease) {
        if (max <= 0) {
            return List.of();
        }
        Instant at = TimeMapping.toMicros(now);
        Instant until = TimeMapping.toMicros(now.plus(lease));
        return postgres.getAsBoolean() ? claimLocking(owner, max, at, until) : claimOptimistic(owner, max, at, until);
    }

    private List<ClaimedWork> claimLocking(String owner, int max, Instant now, Instant until) {
        return jdbi.inTransaction(handle -> {
            QueueDao dao = new QueueDao(handle);
            List<ClaimedWork> claimed = new ArrayList<>();
            // Entries of a crashed worker first: they have waited longest.
            List<QueueRow> candidates = new ArrayList<>(dao.leaseExpiredLocked(now, max));
            // Then live entries, and sweep entries only when no live one is due: a sweep waits behind events.
            for (QueueLane lane : QueueLane.values()) {
                if (candidates.size() < max) {
                    candidates.addAll(dao.queuedDueLocked(lane.name(), now, max - candidates.size()));
                }
            }
            for (QueueRow row : candidates) {
                claimOne(dao, row, owner, now, until).ifPresent(claimed::add);
            }
            return claimed;
        });
    }

    private List<ClaimedWork> claimOptimistic(String owner, int max, Instant now, Instant until) {
        return jdbi.withHandle(handle -> {
            QueueDao dao = new QueueDao(handle);
            List<ClaimedWork> claimed = new ArrayList<>();
            List<QueueRow> candidates = new ArrayList<>(dao.leaseExpired(now, max + H2_EXTRA_CANDIDATES));
            for (QueueLane lane : QueueLane.values()) {
                if (candidates.size() < max + H2_EXTRA_CANDIDATES) {
                    candidates.addAll(dao.queuedDue(lane.name(), now, max + H2_EXTRA_CANDIDATES));
                }
            }
            for (QueueRow row : candidates) {
                if (claimed.size() == max) {
                    break;
                }
                // Auto-commit: each claim is its own short transaction and holds no lock afterwards.
                claimOne(dao, row, owner, now, until).ifPresent(claimed::add);
            }
            return claimed;
        });
    }

    private static Optional<ClaimedWork> claimOne(QueueDao dao, QueueRow row, String owner, Instant now, Instant until) {
        Optional<QueueEntryState> next = row.toState().claim(owner, now, Duration.between(now, until)).next();
        if (next.isPresent() && dao.replace(QueueRow.of(next.get()), row.version()) == 1) {
            return Optional.of(next.get().toClaimed());
        }
        return Optional.empty();
    }
}
