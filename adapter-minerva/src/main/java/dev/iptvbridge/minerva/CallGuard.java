package dev.iptvbridge.minerva;

import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.TransientFailure;
import feign.FeignException;
import feign.RetryableException;
import feign.codec.DecodeException;
import feign.codec.EncodeException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs one Minerva call inside the concurrency cap (a bulkhead: callers wait for a slot), the
 * circuit breaker and retry ({@link Resilience}) and, for each try, the client-side rate limit;
 * translates transport exceptions into the port's failures. Error statuses
 * ({@link MinervaCallException}) pass through: their meaning depends on the operation.
 */
final class CallGuard {

    private final Bulkhead bulkhead;
    private final RateLimiter rateLimiter;
    private final MinervaSettings settings;
    private final Resilience resilience;

    CallGuard(MinervaSettings settings, Resilience resilience) {
        this.settings = settings;
        this.resilience = resilience;
        this.bulkhead = Bulkhead.of("minerva", BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrency())
                .maxWaitDuration(settings.readTimeout())
                .build());
        // Refill up to ten times a second, so a high rate is smooth and a low one still works.
        int perPeriod = (int) Math.max(1, Math.ceil(settings.ratePerSecond() / 10));
        this.rateLimiter = RateLimiter.of("minerva", RateLimiterConfig.custom()
                .limitForPeriod(perPeriod)
                .limitRefreshPeriod(Duration.ofNanos((long) (perPeriod * 1_000_000_000d / settings.ratePerSecond())))
                .timeoutDuration(settings.readTimeout())
                .build());
    }

    <T> T call(String action, Supplier<T> call) {
        if (!bulkhead.tryAcquirePermission()) {
            throw new TransientFailure(action + ": all " + settings.maxConcurrency()
                    + " Minerva call slots stayed busy for " + settings.readTimeout() + "; retry later", null);
        }
        try {
            return resilience.call(action, () -> attempt(action, call));
        } finally {
            bulkhead.onComplete();
        }
    }

    private <T> T attempt(String action, Supplier<T> call) {
        if (!rateLimiter.acquirePermission()) {
            throw new Resilience.LocalLimit(new TransientFailure(action + ": no permit from the client-side rate limit ("
                    + settings.ratePerSecond() + "/s) within " + settings.readTimeout() + "; retry later", null));
        }
        try {
            return call.get();
        } catch (RetryableException e) {
            String what = e.getCause() instanceof HttpTimeoutException
                    ? "no answer within " + settings.readTimeout()
                    : "connection failed (" + rootMessage(e) + ")";
            throw new TransientFailure(action + ": " + what + "; Minerva may or may not have applied it", e);
        } catch (DecodeException e) {
            throw decodeFailure(action, e);
        } catch (EncodeException e) {
            throw new PermanentFailure(action + ": the request could not be written as JSON: " + rootMessage(e), e);
        } catch (FeignException e) {
            throw new TransientFailure(action + ": the answer could not be read (" + rootMessage(e) + ")", e);
        }
    }

    /**
     * A body that is not JSON at all (a proxy's error page) is taken as transient; JSON of the wrong
     * shape means Minerva's wire format differs from our model, which retrying will not cure.
     */
    private static RuntimeException decodeFailure(String action, DecodeException e) {
        if (e.getCause() instanceof CappedBody.TooLarge) {
            return new PermanentFailure(action + ": Minerva's answer is larger than " + CappedBody.MAX_SUCCESS_BODY
                    + " bytes, more than any answer of the modelled API (docs/minerva.md): check that minerva.url"
                    + " points at the back-office API", e);
        }
        if (e.getCause() instanceof StreamReadException) {
            return new TransientFailure(action + ": Minerva answered " + e.status()
                    + " with a body that is not JSON (a proxy or gateway page?): " + rootMessage(e), e);
        }
        return new PermanentFailure(action + ": Minerva's answer does not match the modelled API (docs/minerva.md): "
                + rootMessage(e) + ". If Minerva's wire format differs, adapt adapter-minerva", e);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
