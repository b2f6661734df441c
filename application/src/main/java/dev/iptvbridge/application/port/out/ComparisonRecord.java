package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * One comparison run as the database keeps it.
 *
 * @param environment the served billing environment ({@code i_env}), or {@code all}
 * @param accounts    billing accounts listed
 * @param customers   platform customers listed, foreign ones included
 * @param counts      differences by kind, every kind present (0 included)
 * @param queued      accounts queued for a reconcile
 * @param completed   false when the run could not finish
 */
public record ComparisonRecord(String run, String environment, boolean dryRun, Instant startedAt, Instant finishedAt,
                               long accounts, long customers, Map<DriftKind, Long> counts, long queued,
                               boolean completed) {

    public ComparisonRecord {
        requireNonNull(run, "run is null");
        requireNonNull(environment, "environment is null");
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(finishedAt, "finishedAt is null");
        EnumMap<DriftKind, Long> all = new EnumMap<>(DriftKind.class);
        for (DriftKind kind : DriftKind.values()) {
            all.put(kind, requireNonNull(counts, "counts is null").getOrDefault(kind, 0L));
        }
        counts = java.util.Collections.unmodifiableMap(all);
    }

    public long count(DriftKind kind) {
        return counts.get(kind);
    }
}
