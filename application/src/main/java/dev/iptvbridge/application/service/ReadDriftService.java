package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.ReadDriftUseCase;
import dev.iptvbridge.application.port.out.ComparisonRecord;
import dev.iptvbridge.application.port.out.ComparisonRunsPort;
import dev.iptvbridge.application.port.out.ComparisonSnapshotPort;
import dev.iptvbridge.application.port.out.Difference;
import dev.iptvbridge.application.port.out.DriftKind;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Reads the comparisons' differences and history from the database. */
public final class ReadDriftService implements ReadDriftUseCase {

    private final ComparisonSnapshotPort snapshot;
    private final ComparisonRunsPort runs;
    private final ServedEnvironment served;

    @Inject
    public ReadDriftService(ComparisonSnapshotPort snapshot, ComparisonRunsPort runs, ServedEnvironment served) {
        this.snapshot = requireNonNull(snapshot, "snapshot is null");
        this.runs = requireNonNull(runs, "runs is null");
        this.served = requireNonNull(served, "served is null");
    }

    @Override
    public List<Difference> differencesAfter(String run, long after, int limit) {
        return snapshot.differencesAfter(requireNonNull(run, "run is null"), after, limit);
    }

    @Override
    public List<Difference> firstOf(String run, DriftKind kind, int limit) {
        return snapshot.firstOf(requireNonNull(run, "run is null"), requireNonNull(kind, "kind is null"), limit);
    }

    @Override
    public long stillQueued(String run) {
        return snapshot.stillQueued(requireNonNull(run, "run is null"));
    }

    @Override
    public Optional<ComparisonRecord> lastCompared() {
        return runs.lastCompleted(served.label(), false);
    }
}
