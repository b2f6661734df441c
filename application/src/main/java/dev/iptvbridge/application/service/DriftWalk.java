package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.CompareCommand;
import dev.iptvbridge.application.port.in.ComparePhase;
import dev.iptvbridge.application.port.in.ProgressListener;
import dev.iptvbridge.application.port.out.ComparedAccount;
import dev.iptvbridge.application.port.out.ComparisonSnapshotPort;
import dev.iptvbridge.application.port.out.Difference;
import dev.iptvbridge.application.port.out.DriftKind;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Walks a filled snapshot page by page in account order (every account id either side listed,
 * then the foreign customers), stores each difference and queues each differing account in the
 * sweep lane, named by the run. Only one page is in memory at a time.
 */
final class DriftWalk {

    static final int PAGE = 1000;

    /** Where the walk reports, and about how many rows it will meet (the loaded ones, repeats included). */
    record Progress(ProgressListener listener, long expected) {
    }

    /** What the walk counted. */
    record Totals(long accounts, long customers, Map<DriftKind, Long> counts, long queued) {
    }

    private final ComparisonSnapshotPort snapshot;
    private final WorkQueuePort queue;
    private final DriftClassifier classifier;

    DriftWalk(ComparisonSnapshotPort snapshot, WorkQueuePort queue, DriftClassifier classifier) {
        this.snapshot = requireNonNull(snapshot, "snapshot is null");
        this.queue = requireNonNull(queue, "queue is null");
        this.classifier = requireNonNull(classifier, "classifier is null");
    }

    Totals walk(String run, Instant moment, CompareCommand command, Progress progress, Runnable beat) {
        State state = new State(run, moment, command, progress, beat);
        walkAccounts(state);
        String after = "";
        List<String> foreign;
        do {
            foreign = snapshot.foreignAfter(after, PAGE);
            List<Difference> page = new ArrayList<>();
            for (String externalId : foreign) {
                state.customers++;
                state.count(DriftKind.FOREIGN);
                page.add(new Difference(++state.seq, OptionalLong.empty(), Optional.of(externalId), DriftKind.FOREIGN,
                        Optional.empty(), Optional.empty(), Optional.empty(), false));
                after = externalId;
            }
            snapshot.addDifferences(run, page);
            state.beat.run();
        } while (!foreign.isEmpty());
        return new Totals(state.accounts, state.customers, state.counts, state.queued);
    }

    private void walkAccounts(State state) {
        long after = Long.MIN_VALUE;
        List<ComparedAccount> rows;
        do {
            rows = snapshot.comparedAfter(after, PAGE);
            List<Difference> page = new ArrayList<>();
            for (ComparedAccount row : rows) {
                after = row.accountId();
                page.addAll(state.judge(row));
            }
            snapshot.addDifferences(state.run, page);
            state.beat.run();
            state.progress.listener().progress(state.accounts + state.customers,
                    Math.max(state.progress.expected(), state.accounts + state.customers), ComparePhase.COMPARING);
        } while (!rows.isEmpty());
    }

    private final class State {
        final String run;
        final Instant moment;
        final CompareCommand command;
        final Progress progress;
        final Runnable beat;
        final Map<DriftKind, Long> counts = new EnumMap<>(DriftKind.class);
        long seq;
        long accounts;
        long customers;
        long queued;

        State(String run, Instant moment, CompareCommand command, Progress progress, Runnable beat) {
            this.run = run;
            this.moment = moment;
            this.command = command;
            this.progress = progress;
            this.beat = beat;
        }

        void count(DriftKind kind) {
            counts.merge(kind, 1L, Long::sum);
        }

        List<Difference> judge(ComparedAccount row) {
            accounts += row.account().isPresent() ? 1 : 0;
            customers += row.platform().isPresent() ? 1 : 0;
            DriftVerdict verdict = classifier.classify(row, moment);
            boolean queues = !command.dryRun() && verdict.queues(command.deleteOrphans());
            if (queues) {
                queue.enqueueSweep(WorkKey.account(row.accountId()), moment, run);
                queued++;
            }
            List<Difference> found = new ArrayList<>();
            for (DriftKind kind : verdict.kinds()) {
                count(kind);
                found.add(new Difference(++seq, OptionalLong.of(row.accountId()), Optional.empty(), kind, verdict.want(),
                        verdict.have(), verdict.reason(), queues));
            }
            return found;
        }
    }
}
