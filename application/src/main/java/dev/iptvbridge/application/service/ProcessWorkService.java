package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.HeldReconcile;
import dev.iptvbridge.application.port.in.ProcessWorkUseCase;
import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.RemoteSystemsPort;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.SystemUnavailable;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkKind;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;

/**
 * A worker's turn over the queue. An account entry is reconciled; a customer entry fans out
 * into one entry per account of the customer. Success completes the entry; a failure comes back
 * after a backoff, and is parked after the last attempt or at once when permanent. The entry's lease
 * is renewed while it is worked on; a worker that lost it leaves the entry to its new owner. While a
 * remote system is down nothing is claimed, and an entry whose call found it down is handed back with
 * its attempts untouched: an outage is ridden out, not counted against the accounts.
 */
public final class ProcessWorkService implements ProcessWorkUseCase {

    private static final System.Logger LOG = System.getLogger(ProcessWorkService.class.getName());

    private final WorkQueuePort queue;
    private final ReconcileAccountUseCase reconciler;
    private final CustomerFanOut fanOut;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final DoubleSupplier jitter;
    private final LeaseHeartbeat heartbeat;
    private final RemoteSystemsPort remoteSystems;

    @Inject
    public ProcessWorkService(WorkQueuePort queue, ReconcileAccountUseCase reconciler, CustomerFanOut fanOut,
                              RetryPolicy retryPolicy, Clock clock, RemoteSystemsPort remoteSystems) {
        this(queue, reconciler, fanOut, retryPolicy, clock, () -> ThreadLocalRandom.current().nextDouble(),
                remoteSystems);
    }

    /** Without an availability gate: every remote system is taken as up. */
    public ProcessWorkService(WorkQueuePort queue, ReconcileAccountUseCase reconciler, CustomerFanOut fanOut,
                              RetryPolicy retryPolicy, Clock clock) {
        this(queue, reconciler, fanOut, retryPolicy, clock, () -> ThreadLocalRandom.current().nextDouble(), Set::of);
    }

    ProcessWorkService(WorkQueuePort queue, ReconcileAccountUseCase reconciler, CustomerFanOut fanOut,
                       RetryPolicy retryPolicy, Clock clock, DoubleSupplier jitter) {
        this(queue, reconciler, fanOut, retryPolicy, clock, jitter, Set::of);
    }

    ProcessWorkService(WorkQueuePort queue, ReconcileAccountUseCase reconciler, CustomerFanOut fanOut,
                       RetryPolicy retryPolicy, Clock clock, DoubleSupplier jitter, RemoteSystemsPort remoteSystems) {
        this(queue, reconciler, fanOut, retryPolicy, clock, jitter, remoteSystems,
                LeaseHeartbeat.onDaemonThread(queue, clock, retryPolicy.lease()));
    }

    ProcessWorkService(WorkQueuePort queue, ReconcileAccountUseCase reconciler, CustomerFanOut fanOut,
                       RetryPolicy retryPolicy, Clock clock, DoubleSupplier jitter, LeaseHeartbeat heartbeat) {
        this(queue, reconciler, fanOut, retryPolicy, clock, jitter, Set::of, heartbeat);
    }

    private ProcessWorkService(WorkQueuePort queue, ReconcileAccountUseCase reconciler, CustomerFanOut fanOut,
                               RetryPolicy retryPolicy, Clock clock, DoubleSupplier jitter,
                               RemoteSystemsPort remoteSystems, LeaseHeartbeat heartbeat) {
        this.remoteSystems = requireNonNull(remoteSystems, "remoteSystems is null");
        this.queue = requireNonNull(queue, "queue is null");
        this.reconciler = requireNonNull(reconciler, "reconciler is null");
        this.fanOut = requireNonNull(fanOut, "fanOut is null");
        this.retryPolicy = requireNonNull(retryPolicy, "retryPolicy is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.jitter = requireNonNull(jitter, "jitter is null");
        this.heartbeat = requireNonNull(heartbeat, "heartbeat is null");
    }

    @Override
    public int processDue(String workerId, int max, BooleanSupplier keepGoing) {
        // Every account reconcile needs both systems and a customer entry needs PortaBilling: while
        // either is down, claiming would only spend attempts. The idle worker polls again soon.
        if (!remoteSystems.unavailable().isEmpty()) {
            return 0;
        }
        List<ClaimedWork> claimed = queue.claim(workerId, max, clock.instant(), retryPolicy.lease());
        for (ClaimedWork work : claimed) {
            if (keepGoing.getAsBoolean()) {
                process(work);
            } else {
                queue.release(work);
            }
        }
        return claimed.size();
    }

    @Override
    public HeldReconcile reconcileHeld(long accountId, String owner) {
        WorkKey key = WorkKey.account(accountId);
        Optional<ClaimedWork> claimed = queue.claimKey(key, owner, clock.instant(), retryPolicy.lease());
        if (claimed.isEmpty()) {
            Optional<QueueEntry> holder = queue.find(key);
            return new HeldReconcile.HeldElsewhere(holder.flatMap(QueueEntry::owner).orElse("another worker"),
                    holder.flatMap(QueueEntry::leaseUntil).orElse(clock.instant()));
        }
        try (WorkLease lease = heartbeat.hold(claimed.get())) {
            ReconcileAccountResult result;
            try {
                result = reconciler.reconcile(new ReconcileAccountCommand(accountId, false, claimed.get().eventIds(),
                        lease));
            } catch (RuntimeException | Error unexpected) {
                queue.release(lease.current());
                throw unexpected;
            }
            if (!lease.lost()) {
                if (result.failure().isEmpty()) {
                    queue.complete(lease.current(), clock.instant());
                } else {
                    queue.release(lease.current());
                }
            }
            return new HeldReconcile.Reconciled(result);
        }
    }

    private void process(ClaimedWork claimed) {
        try (WorkLease lease = heartbeat.hold(claimed)) {
            Optional<? extends Throwable> failure;
            try {
                failure = claimed.key().kind() == WorkKind.CUSTOMER ? fanOut.queueAccountsOf(claimed.key().id())
                        : reconcile(claimed, lease);
            } catch (Throwable unexpected) {
                // A bug, an untranslated error, even an Error: this account's, not the worker's. Retried like a
                // transient failure, so that it is parked in the end.
                LOG.log(System.Logger.Level.WARNING, "reconciling " + claimed.key() + " failed unexpectedly", unexpected);
                failure = Optional.of(unexpected);
            }
            if (lease.lost()) {
                // Its new owner completes, retries or parks it; any write of ours could undo its work.
                LOG.log(System.Logger.Level.WARNING, "lost the lease of {0} while working on it; left to its new owner",
                        claimed.key());
                return;
            }
            ClaimedWork work = lease.current();
            if (failure.isEmpty()) {
                queue.complete(work, clock.instant());
            } else if (Thread.interrupted()) {
                // Stopped after the grace period: hand it back as it was, for a restart to take at once. The
                // flag is cleared meanwhile, since an interrupted thread's I/O could break an embedded database.
                queue.release(work);
                Thread.currentThread().interrupt();
            } else {
                fail(work, failure.get());
            }
        }
    }

    private Optional<IntegrationException> reconcile(ClaimedWork work, WorkLease lease) {
        // Only an entry of events may plan against what the bridge applied: a comparison's, an operator's or a
        // dated add-on's entry carries none, and reads Minerva, which is how drift found there is repaired.
        ReconcileAccountResult result = reconciler.reconcile(new ReconcileAccountCommand(work.key().id(), false,
                work.eventIds(), lease, !work.eventIds().isEmpty()));
        return result.failure();
    }

    private void fail(ClaimedWork work, Throwable failure) {
        if (failure instanceof IntegrationException integration && integration.accept(SYSTEM_DOWN)) {
            queue.release(work); // the system is down, not this entry: its attempts stay as they were
            return;
        }
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        int attempts = work.attempts() + 1;
        if (failure instanceof PermanentFailure || attempts >= retryPolicy.maxAttempts()) {
            queue.park(work, error);
            // The attempts made, this one included; the queue keeps the retries (one fewer), as its contract says.
            LOG.log(System.Logger.Level.WARNING, "parked {0} after {1}: {2}", work.key().toString(),
                    attempts == 1 ? "1 attempt" : attempts + " attempts", error);
            return;
        }
        Optional<Duration> requested = failure instanceof TransientFailure transientFailure
                ? transientFailure.retryAfter() : Optional.empty();
        Duration delay = retryPolicy.backoff(attempts, jitter.getAsDouble(), requested);
        queue.retryLater(work, clock.instant().plus(delay), error);
        LOG.log(System.Logger.Level.INFO, "will retry {0} in {1}: {2}", work.key().toString(), inWords(delay), error);
    }

    // "850 ms", "2.5 s", "60 s": a delay as an operator reads it in a log line.
    static String inWords(Duration delay) {
        long millis = delay.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        long tenths = Math.round(millis / 100.0);
        return (tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + (tenths % 10)) + " s";
    }

    // Whether a failure says the remote system is down as a whole rather than anything about this entry.
    private static final IntegrationException.Visitor<Boolean> SYSTEM_DOWN = new IntegrationException.Visitor<>() {
        @Override
        public Boolean transientFailure(TransientFailure failure) {
            return false;
        }

        @Override
        public Boolean unavailable(SystemUnavailable failure) {
            return true;
        }

        @Override
        public Boolean permanent(PermanentFailure failure) {
            return false;
        }

        @Override
        public Boolean notFound(NotFoundFailure failure) {
            return false;
        }
    };
}
