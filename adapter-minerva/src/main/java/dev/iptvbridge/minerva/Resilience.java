package dev.iptvbridge.minerva;

import dev.iptvbridge.application.port.out.RemoteSystem;
import dev.iptvbridge.application.port.out.SystemUnavailable;
import dev.iptvbridge.application.port.out.TransientFailure;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The circuit breaker and the retry around every Minerva call. The breaker sits outside the retry:
 * it sees one outcome per logical call, however many tries that took, so that three tries of one
 * call during a blip do not weigh as three failed calls, and an open breaker stops the tries too.
 * Only failures of the system count against it (no connection, no answer in time, 5xx, 429, a body
 * that is not JSON); a 4xx business answer means Minerva works, and a wait for the bridge's own
 * slots or rate permits ({@link LocalLimit}) says nothing about Minerva at all.
 */
final class Resilience {

    /**
     * The breaker judges once this many calls are in the window: few enough that even a single
     * account's attempts open it before they run out (retry.maxAttempts), many enough that two
     * unlucky calls do not.
     */
    static final int MIN_CALLS = 5;

    private final CircuitBreaker breaker;
    private final Retry retry;
    private final MinervaResilience settings;
    private volatile Optional<String> lastFailure = Optional.empty();

    Resilience(MinervaResilience settings) {
        this.settings = settings;
        this.breaker = CircuitBreaker.of("minerva", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(Math.min(MIN_CALLS, settings.window()))
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(Math.min(3, settings.window()))
                .build());
        this.retry = Retry.of("minerva", RetryConfig.custom()
                .maxAttempts(settings.retryAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.retryWait(), 2.0, 0.5))
                // 429 is left to the queue, which waits as long as Minerva asked; retrying at once would be rude.
                .retryOnException(e -> systemFailure(e) && !isStatus(e, 429))
                .build());
    }

    <T> T call(String action, Supplier<T> attempt) {
        if (!breaker.tryAcquirePermission()) {
            throw new SystemUnavailable(RemoteSystem.MINERVA, action + ": not tried, because Minerva is taken as down"
                    + " (at least " + settings.failureRatePercent() + " % of its last " + settings.window()
                    + " calls failed" + lastFailure.map(f -> "; last: " + f).orElse("")
                    + "); the bridge probes it and resumes when it answers");
        }
        long start = System.nanoTime();
        try {
            T result = Retry.decorateSupplier(retry, attempt).get();
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return result;
        } catch (LocalLimit local) {
            breaker.releasePermission();
            throw local.failure();
        } catch (RuntimeException failure) {
            if (systemFailure(failure)) {
                lastFailure = Optional.of(action + ": " + failure.getMessage());
                breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
            } else {
                breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
            throw failure;
        }
    }

    /** CLOSED, OPEN or HALF_OPEN. */
    String state() {
        return breaker.getState().name();
    }

    boolean available() {
        return breaker.getState() == CircuitBreaker.State.CLOSED;
    }

    Optional<String> lastFailure() {
        return lastFailure;
    }

    private static boolean systemFailure(Throwable e) {
        if (e instanceof MinervaCallException call) {
            return call.status() >= 500 || call.status() == 429;
        }
        return e instanceof TransientFailure && !(e instanceof SystemUnavailable);
    }

    private static boolean isStatus(Throwable e, int status) {
        return e instanceof MinervaCallException call && call.status() == status;
    }

    /** The bridge's own concurrency cap or rate limit ran out: neither retried nor counted. */
    static final class LocalLimit extends RuntimeException {

        private final transient TransientFailure failure;

        LocalLimit(TransientFailure failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }

        TransientFailure failure() {
            return failure;
        }
    }
}
