package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.ReadDriftUseCase;
import dev.iptvbridge.application.port.out.ComparisonRecord;
import dev.iptvbridge.application.port.out.DriftKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code reconcile --all} prints: the run, what it checked, the count of every kind (0
 * included) and the first accounts of each, and how many accounts it queued.
 *
 * @param first up to {@link #FIRST} accounts (or foreign {@code externalId}s) of each kind
 */
record DriftSummaryView(String run, Instant startedAt, Instant finishedAt, boolean dryRun, Checked checked,
                        Map<String, Long> counts, Map<String, List<String>> first, long queued) {

    static final int FIRST = 10;

    /** How many accounts billing listed and how many customers Minerva listed. */
    record Checked(long accounts, long customers) {
    }

    static DriftSummaryView of(ComparisonRecord run, ReadDriftUseCase drift) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, List<String>> first = new LinkedHashMap<>();
        for (DriftKind kind : DriftKind.values()) {
            counts.put(kind.label(), run.count(kind));
            first.put(kind.label(), run.count(kind) == 0 ? List.of()
                    : drift.firstOf(run.run(), kind, FIRST).stream().map(d -> DifferenceView.of(d).name()).toList());
        }
        return new DriftSummaryView(run.run(), run.startedAt(), run.finishedAt(), run.dryRun(),
                new Checked(run.accounts(), run.customers()), counts, first, run.queued());
    }

    String table() {
        Table table = new Table("kind", "count", "first accounts");
        counts.forEach((kind, count) -> table.row(kind, String.valueOf(count),
                first.get(kind).isEmpty() ? "" : String.join(", ", first.get(kind))
                        + (count > first.get(kind).size() ? ", ..." : "")));
        long differences = counts.values().stream().mapToLong(Long::longValue).sum();
        String done = dryRun ? "dry run, nothing queued" : queued + " accounts queued for a reconcile";
        return "comparison " + run + ": " + checked.accounts() + " billing accounts and " + checked.customers()
                + " Minerva customers checked, " + differences + " differences (" + done + ")\n" + table;
    }
}
