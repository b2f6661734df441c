package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.PurgeAuditLogUseCase;
import dev.iptvbridge.application.port.out.AuditLogPort;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Drops audit lines past their retention in batches, each its own short transaction. */
public final class PurgeAuditLogService implements PurgeAuditLogUseCase {

    static final int BATCH = 1_000;

    private final AuditLogPort audit;
    private final Clock clock;

    @Inject
    public PurgeAuditLogService(AuditLogPort audit, Clock clock) {
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public int purgeOlderThan(Duration retention) {
        requireNonNull(retention, "retention is null");
        // The cutoff is fixed once, so that lines written while purging are never reached.
        Instant cutoff = clock.instant().minus(retention);
        int total = 0;
        int removed;
        do {
            removed = audit.purgeBefore(cutoff, BATCH);
            total += removed;
        } while (removed == BATCH);
        return total;
    }
}
