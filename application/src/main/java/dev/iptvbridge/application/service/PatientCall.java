package dev.iptvbridge.application.service;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.SystemUnavailable;
import dev.iptvbridge.application.port.out.TransientFailure;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A read of a long check, tried again after a transient failure, as long as the remote side asked
 * (Retry-After) or a few seconds, so that a check over every account rides out a rate limit.
 */
final class PatientCall {

    /** How the check waits; tests pass one that only counts. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    static final int ATTEMPTS = 5;
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(2);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final Pause pause;

    PatientCall(Pause pause) {
        this.pause = pause;
    }

    <T> T call(Supplier<T> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (IntegrationException failure) {
                Optional<Duration> wait = failure.accept(WAIT);
                if (wait.isEmpty() || attempt >= ATTEMPTS) {
                    throw failure;
                }
                sleep(wait.get());
            }
        }
    }

    private void sleep(Duration wait) {
        try {
            pause.pause(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("the check was stopped while it waited to try again", stopped);
        }
    }

    // Only a transient failure is worth waiting for; how long, the remote side may have said.
    private static final IntegrationException.Visitor<Optional<Duration>> WAIT = new IntegrationException.Visitor<>() {
        @Override
        public Optional<Duration> transientFailure(TransientFailure failure) {
            return Optional.of(failure.retryAfter().orElse(DEFAULT_WAIT));
        }

        @Override
        public Optional<Duration> unavailable(SystemUnavailable failure) {
            return Optional.of(failure.retryAfter().orElse(DEFAULT_WAIT));
        }

        @Override
        public Optional<Duration> permanent(PermanentFailure failure) {
            return Optional.empty();
        }

        @Override
        public Optional<Duration> notFound(NotFoundFailure failure) {
            return Optional.empty();
        }
    };
}
