package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.ProcessWorkUseCase;
import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.application.port.out.WorkKind;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * A worker's turn over the queue. An account entry is reconciled; a customer entry fans out
 * into one entry per account of the customer. Success completes the entry; a failure comes back
 * after a backoff, and is parked after the last attempt or at once when permanent.
 */
public final class ProcessWorkService implements ProcessWorkUseCase {

    private final WorkQueuePort queue;
    private final ReconcileAccountUseCase reconciler;
    private final CustomerFanOut fanOut;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final DoubleSupplier jitter;

    @Inject
    public ProcessWorkService(WorkQueuePort queue, ReconcileAccountUseCase reconciler, CustomerFanOut fanOut,
                              RetryPolicy retryPolicy, Clock clock) {
        this(queue, reconciler, fanOut, retryPolicy, clock, () -> ThreadLocalRandom.current().nextDouble());
    }

    ProcessWorkService(WorkQueuePort queue, ReconcileAccountUseCase reconciler, CustomerFanOut fanOut,
                       RetryPolicy retryPolicy, Clock clock, DoubleSupplier jitter) {
        this.queue = requireNonNull(queue, "queue is null");
        this.reconciler = requireNonNull(reconciler, "reconciler is null");
        this.fanOut = requireNonNull(fanOut, "fanOut is null");
        this.retryPolicy = requireNonNull(retryPolicy, "retryPolicy is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.jitter = requireNonNull(jitter, "jitter is null");
    }

    @Override
    public int processDue(String workerId, int max) {
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
