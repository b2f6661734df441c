package dev.iptvbridge.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddOnChangesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void anAddOnChangesWhenItStartsThenWhenItEnds() {
        AddOn dated = new AddOn(201, NOW.plusSeconds(60), Optional.of(NOW.plusSeconds(120)));

        assertThat(dated.nextChangeAfter(NOW)).contains(NOW.plusSeconds(60));
        assertThat(dated.nextChangeAfter(NOW.plusSeconds(60))).contains(NOW.plusSeconds(120));
        assertThat(dated.nextChangeAfter(NOW.plusSeconds(120))).isEmpty();
        assertThat(AddOn.from(202, NOW.minusSeconds(1)).nextChangeAfter(NOW)).isEmpty();
    }

    @Test
    void anAccountsNextChangeIsTheEarliestOfItsAddOnsAndMatchesWhatCountsThen() {
        Account account = new Account(1, "a", 2, 3, 101, List.of(
                AddOn.from(201, NOW.minusSeconds(600)),
                new AddOn(202, NOW.minusSeconds(600), Optional.of(NOW.plusSeconds(300))),
                AddOn.from(203, NOW.plusSeconds(90))), false, BillStatus.OPEN);

        Instant next = account.nextAddOnChangeAfter(NOW).orElseThrow();

        assertThat(next).isEqualTo(NOW.plusSeconds(90));
        assertThat(account.addOnProductsEffectiveAt(next.minusNanos(1))).containsExactly(201L, 202L);
        assertThat(account.addOnProductsEffectiveAt(next)).containsExactly(201L, 202L, 203L);
        assertThat(account.nextAddOnChangeAfter(next)).contains(NOW.plusSeconds(300));
        assertThat(account.nextAddOnChangeAfter(NOW.plusSeconds(300))).isEmpty();
    }
}
