package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.CompareCommand;
import dev.iptvbridge.application.port.in.CompareSystemsUseCase;
import dev.iptvbridge.application.port.in.ProgressListener;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.application.port.out.AuditOutcome;
import dev.iptvbridge.application.port.out.ComparisonRecord;
import dev.iptvbridge.application.port.out.ComparisonRunsPort;
import dev.iptvbridge.application.port.out.ComparisonSnapshotPort;
import dev.iptvbridge.application.port.out.DriftKind;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One comparison run: takes the comparison lease, fills the snapshot from the two systems' lists,
 * walks it ({@link DriftWalk}), records the run and one audit line, and drops the snapshot also when
 * the run fails.
 */
public final class CompareService implements CompareSystemsUseCase {

    static final Duration LEASE = Duration.ofMinutes(5);
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final SnapshotLoader loader;
    private final DriftWalk walk;
    private final ComparisonSnapshotPort snapshot;
    private final ComparisonRunsPort runs;
    private final AuditLogPort audit;
    private final ServedEnvironment served;
    private final Clock clock;
    private final String owner = "compare-" + UUID.randomUUID();

    @Inject
    public CompareService(ComparisonParts parts, ComparisonRunsPort runs, AuditLogPort audit, Clock clock) {
        requireNonNull(parts, "parts is null");
        this.loader = parts.loader();
        this.walk = parts.walk();
        this.snapshot = parts.snapshot();
        this.served = parts.served();
        this.runs = requireNonNull(runs, "runs is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Optional<ComparisonRecord> compare(CompareCommand command, ProgressListener progress) {
        requireNonNull(command, "command is null");
        requireNonNull(progress, "progress is null");
        Instant started = clock.instant();
        if (!runs.lease(owner, started, LEASE)) {
            return Optional.empty();
        }
        String run = "cmp-" + RUN_TIME.format(started) + "-" + owner.substring(owner.length() - 6);
        Runnable beat = new LeaseBeat(runs, owner, clock, LEASE);
        try {
            snapshot.dropOtherRuns(run);
            long expected = loader.load(started, progress, beat);
            DriftWalk.Totals totals = walk.walk(run, started, command, new DriftWalk.Progress(progress, expected), beat);
            ComparisonRecord record = new ComparisonRecord(run, served.label(), command.dryRun(), started,
                    clock.instant(), totals.accounts(), totals.customers(), totals.counts(), totals.queued(), true);
            runs.record(record);
            audit.append(new AuditEntry(record.finishedAt(), 0, List.of(), AuditCategory.COMPARISON,
                    command.dryRun() ? "compare (dry run)" : "compare", AuditOutcome.OK, summary(record)));
            return Optional.of(record);
        } catch (RuntimeException failure) {
            ComparisonRecord failed = new ComparisonRecord(run, served.label(), command.dryRun(), started,
                    clock.instant(), 0, 0, new EnumMap<>(DriftKind.class), 0, false);
            try {
                runs.record(failed);
                audit.append(new AuditEntry(failed.finishedAt(), 0, List.of(), AuditCategory.COMPARISON, "compare",
                        AuditOutcome.FAILED, "run " + run + " could not finish: " + failure.getMessage()));
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        } finally {
            try {
                snapshot.dropSnapshot();
            } finally {
                runs.releaseLease(owner);
            }
        }
    }

    static String summary(ComparisonRecord record) {
        return "run " + record.run() + ": " + record.accounts() + " accounts, " + record.customers()
                + " Minerva customers; " + record.counts().entrySet().stream()
                .map(count -> count.getKey().label() + " " + count.getValue()).collect(Collectors.joining(", "))
                + "; " + record.queued() + " queued";
    }

    // Renews the lease at most every third of it, from whichever thread reads a page.
    private static final class LeaseBeat implements Runnable {
        private final ComparisonRunsPort runs;
        private final String owner;
        private final Clock clock;
        private final Duration lease;
        private Instant renewed;

        LeaseBeat(ComparisonRunsPort runs, String owner, Clock clock, Duration lease) {
            this.runs = runs;
            this.owner = owner;
            this.clock = clock;
            this.lease = lease;
            this.renewed = clock.instant();
        }

        @Override
        public synchronized void run() {
            Instant now = clock.instant();
            if (Duration.between(renewed, now).compareTo(lease.dividedBy(3)) >= 0) {
                if (!runs.lease(owner, now, lease)) {
                    throw new IllegalStateException("the comparison lease was lost to another bridge: this run stops");
                }
                renewed = now;
            }
        }
    }
}
