package dev.iptvbridge.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final RetryPolicy POLICY =
            new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofMinutes(2));

    @Test
    void theCeilingDoublesWithEachFailedAttempt() {
        // With no jitter the delay is half the ceiling, base * 2^(attempts - 1); each attempt doubles it.
        assertThat(POLICY.backoff(1, 0.0, Optional.empty())).isEqualTo(Duration.ofMillis(500));
        assertThat(POLICY.backoff(2, 0.0, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
        assertThat(POLICY.backoff(3, 0.0, Optional.empty())).isEqualTo(Duration.ofSeconds(2));
        assertThat(POLICY.backoff(5, 0.0, Optional.empty())).isEqualTo(Duration.ofSeconds(8));
        assertThat(POLICY.backoff(5, 0.5, Optional.empty())).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void theDelayIsCappedAtTheMaximumEvenAfterVeryManyAttempts() {
        for (int attempts : new int[] {11, 12, 40, 1000, Integer.MAX_VALUE}) {
            assertThat(POLICY.backoff(attempts, 0.0, Optional.empty())).isEqualTo(Duration.ofMinutes(5));
            assertThat(POLICY.backoff(attempts, 0.999999, Optional.empty()))
                    .isLessThan(Duration.ofMinutes(10)).isGreaterThan(Duration.ofSeconds(599));
        }
    }

    @Test
    void equalJitterKeepsAtLeastHalfTheCeilingAndLessThanAllOfIt() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            int attempts = 1 + random.nextInt(15);
            long ceiling = Math.min(600_000L, 1000L << (attempts - 1));
            Duration delay = POLICY.backoff(attempts, random.nextDouble(), Optional.empty());
            assertThat(delay.toMillis()).isBetween(ceiling / 2, ceiling - 1);
        }
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsHonouredUpToTheMaximum() {
        assertThat(POLICY.backoff(1, 0.5, Optional.of(Duration.ofSeconds(30)))).isEqualTo(Duration.ofSeconds(30));
        assertThat(POLICY.backoff(1, 0.5, Optional.of(Duration.ofMinutes(10)))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aRetryAfterBeyondTheMaximumIsCappedAtIt() {
        assertThat(POLICY.backoff(1, 0.5, Optional.of(Duration.ofMinutes(20)))).isEqualTo(Duration.ofMinutes(10));
        assertThat(POLICY.backoff(1, 0.5, Optional.of(Duration.ofDays(3)))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aRetryAfterShorterThanTheBackoffDoesNotShortenIt() {
        assertThat(POLICY.backoff(5, 0.0, Optional.of(Duration.ofSeconds(1)))).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void zeroFailedAttemptsBacksOffLikeTheFirst() {
        assertThat(POLICY.backoff(0, 0.0, Optional.empty())).isEqualTo(POLICY.backoff(1, 0.0, Optional.empty()));
    }

    @Test
    void aPolicyWithoutAnyAttemptIsRejectedWithTheReason() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts must be at least 1, got 0");
    }

    @Test
    void theDefaultPolicyParksAfterTenAttemptsAndWaitsAtMostTenMinutes() {
        assertThat(RetryPolicy.DEFAULT.maxAttempts()).isEqualTo(10);
        assertThat(RetryPolicy.DEFAULT.backoff(100, 0.999, Optional.empty())).isLessThanOrEqualTo(Duration.ofMinutes(10));
    }
}
