package dev.iptvbridge.application.port.in;

import dev.iptvbridge.application.port.out.ComparisonRecord;
import dev.iptvbridge.application.port.out.Difference;
import dev.iptvbridge.application.port.out.DriftKind;
import java.util.List;
import java.util.Optional;

/** Reads what the comparisons found: the differences of the last run, and how far their reconciles got. */
public interface ReadDriftUseCase {

    /** The run's differences after {@code seq} {@code after}, in order; page on with the last seq. */
    List<Difference> differencesAfter(String run, long after, int limit);

    List<Difference> firstOf(String run, DriftKind kind, int limit);

    /** Accounts the run queued that are still waiting for, or in, their reconcile. */
    long stillQueued(String run);

    /** The newest completed run of the served environment that was not a dry run. */
    Optional<ComparisonRecord> lastCompared();
}
