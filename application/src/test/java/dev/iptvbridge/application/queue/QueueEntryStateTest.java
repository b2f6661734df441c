package dev.iptvbridge.application.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class QueueEntryStateTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final WorkKey KEY = WorkKey.account(7);

    private static QueueEntryState next(QueueStep step) {
        assertThat(step).isInstanceOf(QueueStep.Next.class);
        return ((QueueStep.Next) step).state();
    }

    @Test
    void everyTransitionRaisesTheVersionByOne() {
        QueueEntryState fresh = QueueEntryState.fresh(KEY, T0, OptionalLong.of(1));
        QueueEntryState coalesced = fresh.coalesce(T0, OptionalLong.empty());
        QueueEntryState claimed = next(coalesced.claim("w1", T0, LEASE));
        QueueEntryState askedAgain = claimed.coalesce(T0, OptionalLong.of(2));
        QueueEntryState renewed = next(askedAgain.renew(claimed.toClaimed(), T0.plusSeconds(10), LEASE));
        ClaimedWork held = claimed.toClaimed().renewed(renewed.version(), renewed.leaseUntil().orElseThrow());
        QueueEntryState requeued = next(renewed.complete(held, T0.plusSeconds(11)));

        assertThat(List.of(fresh, coalesced, claimed, askedAgain, renewed, requeued))
                .extracting(QueueEntryState::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(renewed.askedAgain()).as("a renewal keeps the request that came meanwhile").isTrue();
        assertThat(requeued.eventIds()).containsExactly(2L);
    }

    @Test
    void transitionsOfAClaimThatNoLongerHoldsTheEntryAreRefusedWithWhy() {
        QueueEntryState claimed = next(QueueEntryState.fresh(KEY, T0, OptionalLong.empty()).claim("w1", T0, LEASE));
        ClaimedWork first = claimed.toClaimed();
        QueueEntryState taken = next(claimed.claim("w2", T0.plusSeconds(31), LEASE));

        assertThat(taken.complete(first, T0.plusSeconds(32))).isInstanceOf(QueueStep.Refused.class);
        assertThat(taken.release(first)).isEqualTo(new QueueStep.Refused("account 7 is no longer held by w1 "
                + "(its lease ran out)"));
        assertThat(taken.claim("w3", T0.plusSeconds(32), LEASE)).isInstanceOf(QueueStep.Refused.class);
        assertThat(taken.claimKey("operator", T0.plusSeconds(32), LEASE)).isEqualTo(new QueueStep.Refused(
                "account 7 is held by w2 until " + T0.plusSeconds(61)));
    }

    @Test
    void onlyClaimedEntriesHaveAnOwnerALeaseOrARequestMeanwhile() {
        assertThatThrownBy(() -> new QueueEntryState(KEY, QueueState.QUEUED, 1, 0, T0, T0, Optional.of("w1"),
                Optional.of(T0), Optional.empty(), List.of(), false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueueEntryState(KEY, QueueState.PARKED, 1, 0, T0, T0, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), true)).isInstanceOf(IllegalArgumentException.class);
    }
}
