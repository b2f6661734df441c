package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.ProcessWorkUseCase;
import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.RemoteSystemsPort;
import dev.iptvbridge.application.port.out.SystemUnavailable;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.application.port.out.WorkKind;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * A worker's turn over the queue. An account entry is reconciled; a customer entry fans out
 * into one entry per account of the customer. Success completes the entry; a failure comes back
 * after a backoff, and is parked after the last attempt or at once when permanent. While a remote
 * system is down nothing is claimed, and an entry whose call found it down is handed back with its
 * attempts untouched: an outage is ridden out, not counted against the accounts.
 */
public final class ProcessWorkService implements ProcessWorkUseCase {

    private final WorkQueuePort queue;
    private final ReconcileAccountUseCase reconciler;
    private final CustomerFanOut fanOut;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final DoubleSupplier jitter;
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
        this.remoteSystems = requireNonNull(remoteSystems, "remoteSystems is null");
        this.queue = requireNonNull(queue, "queue is null");
        this.reconciler = requireNonNull(reconciler, "reconciler is null");
        this.fanOut = requireNonNull(fanOut, "fanOut is null");
        this.retryPolicy = requireNonNull(retryPolicy, "retryPolicy is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.jitter = requireNonNull(jitter, "jitter is null");
    }

    @Override
    public int processDue(String workerId, int max) {
        // Every account reconcile needs both systems and a customer entry needs PortaBilling: while
        // either is down, claiming would only spend attempts. The idle worker polls again soon.
        if (!remoteSystems.unavailable().isEmpty()) {
            return 0;
        }
        List<ClaimedWork> claimed = queue.claim(workerId, max, clock.instant(), retryPolicy.lease());
        claimed.forEach(this::process);
        return claimed.size();
    }

    private void process(ClaimedWork work) {
        Optional<? extends RuntimeException> failure;
        try {
            failure = work.key().kind() == WorkKind.CUSTOMER ? fanOut.queueAccountsOf(work.key().id()) : reconcile(work);
        } catch (RuntimeException unexpected) {
            // A bug or an untranslated error: retry like a transient failure, so that it is parked in the end.
            failure = Optional.of(unexpected);
        }
        if (failure.isEmpty()) {
            queue.complete(work, clock.instant());
        } else {
            fail(work, failure.get());
        }
    }

    private Optional<IntegrationException> reconcile(ClaimedWork work) {
        ReconcileAccountResult result = reconciler.reconcile(
                new ReconcileAccountCommand(work.key().id(), false, work.eventIds()));
        return result.failure();
    }

    private void fail(ClaimedWork work, RuntimeException failure) {
        if (failure instanceof SystemUnavailable) {
            queue.release(work); // the system is down, not this entry: its attempts stay as they were
            return;
        }
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        int attempts = work.attempts() + 1;
        if (failure instanceof PermanentFailure || attempts >= retryPolicy.maxAttempts()) {
            queue.park(work, error);
            return;
        }
        Optional<Duration> requested = failure instanceof TransientFailure transientFailure
                ? transientFailure.retryAfter() : Optional.empty();
        Instant due = clock.instant().plus(retryPolicy.backoff(attempts, jitter.getAsDouble(), requested));
        queue.retryLater(work, due, error);
    }
}
