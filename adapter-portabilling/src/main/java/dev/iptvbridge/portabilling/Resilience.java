package dev.iptvbridge.portabilling;

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
 * The circuit breaker around every PortaBilling call and the retry around reads. The breaker sits
 * outside the retry: it sees one outcome per logical call (a read with its session renewal and its
 * tries), so that a blip absorbed by a retry counts once, not once per try. Only transient failures
 * count against PortaBilling (no connection, no answer in time, 5xx, 429, a {@code Server.*} fault,
 * a body that is not JSON); a refusal or an unknown account means PortaBilling works.
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
    private final PortaBillingResilience settings;
    private volatile Optional<String> lastFailure = Optional.empty();

    Resilience(PortaBillingResilience settings) {
        this.settings = settings;
        this.breaker = CircuitBreaker.of("portabilling", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(Math.min(MIN_CALLS, settings.window()))
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(Math.min(3, settings.window()))
                .build());
        this.retry = Retry.of("portabilling", RetryConfig.custom()
                .maxAttempts(settings.retryAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.retryWait(), 2.0, 0.5))
                // A failure that says when to come back (429, Retry-After) is left to the queue, which waits that long.
                .retryOnException(e -> counts(e) && ((TransientFailure) e).retryAfter().isEmpty())
                .build());
    }

    /** A call that is safe to repeat: retried after a transient failure, then judged once by the breaker. */
    <T> T read(String operation, Supplier<T> call) {
        return guarded(operation, Retry.decorateSupplier(retry, call));
    }

    /** A call that must not be repeated (a charge): tried once, judged by the breaker. */
    <T> T once(String operation, Supplier<T> call) {
        return guarded(operation, call);
    }

    private <T> T guarded(String operation, Supplier<T> call) {
        if (!breaker.tryAcquirePermission()) {
            throw new SystemUnavailable(RemoteSystem.PORTABILLING, operation + " not tried, because PortaBilling is"
                    + " taken as down (at least " + settings.failureRatePercent() + " % of its last " + settings.window()
                    + " calls failed" + lastFailure.map(f -> "; last: " + f).orElse("")
                    + "); the bridge probes it and resumes when it answers");
        }
        long start = System.nanoTime();
        try {
            T result = call.get();
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return result;
        } catch (RuntimeException failure) {
            if (counts(failure)) {
                lastFailure = Optional.of(failure.getMessage());
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

    private static boolean counts(Throwable e) {
        return e instanceof TransientFailure && !(e instanceof SystemUnavailable);
    }
}
