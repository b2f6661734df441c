package dev.iptvbridge.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The history of comparison runs and the lease that lets one run at a time among all the bridges
 * sharing the database. A lease holds up to and including its end.
 */
public interface ComparisonRunsPort {

    /** Takes or extends the comparison lease for {@code owner}; false when another owner holds it. */
    boolean lease(String owner, Instant now, Duration length);

    /** Gives the lease up, when {@code owner} holds it. */
    void releaseLease(String owner);

    void record(ComparisonRecord run);

    /** The newest run of this environment that completed, dry or not as asked. */
    Optional<ComparisonRecord> lastCompleted(String environment, boolean includeDryRuns);
}
