package dev.iptvbridge.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.domain.provisioning.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ServicePeriodsTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final ServiceStanding BLOCKED = ServiceStanding.disabled(Optional.of(Reason.BLOCKED));

    private static Instant at(int hours) {
        return T0.plusSeconds(hours * 3600L);
    }

    private static ServiceChange change(String servicePackage, ServiceStanding standing, int hours) {
        return new ServiceChange(7, servicePackage, standing, at(hours), List.of((long) hours));
    }

    @Test
    void aWindowAfterTheLastChangeIsOnePeriodAndOneBeforeTheFirstIsAbsent() {
        List<ServiceChange> changes = List.of(change("sports", ServiceStanding.ENABLED, 10),
                change("sports", BLOCKED, 20));

        assertThat(ServiceHistory.periods(changes, at(30), Optional.of(at(40)), at(100))).containsExactly(
                new ServicePeriod("sports", ServiceState.DISABLED, at(30), Optional.of(at(40)), Optional.of(Reason.BLOCKED),
                        List.of(20L)));
        assertThat(ServiceHistory.periods(changes, at(0), Optional.of(at(5)), at(100))).containsExactly(
                new ServicePeriod("sports", ServiceState.ABSENT, at(0), Optional.of(at(5)), Optional.empty(), List.of()));
    }

    @Test
    void onlyChangesAreStoredAndTheLatestLeavesAbsentOnesOut() {
        Map<String, ServiceStanding> before = Map.of("basic", ServiceStanding.ENABLED, "sports", ServiceStanding.ENABLED);
        Map<String, ServiceStanding> after = Map.of("basic", BLOCKED, "sports", ServiceStanding.ENABLED,
                "family", ServiceStanding.ENABLED);

        List<ServiceChange> changes = ServiceHistory.changes(7, before, after, at(1), List.of(9L));

        assertThat(changes).extracting(ServiceChange::servicePackage).containsExactly("basic", "family");
        assertThat(ServiceHistory.latest(List.of(change("basic", ServiceStanding.ENABLED, 1),
                change("basic", ServiceStanding.ABSENT, 2), change("sports", BLOCKED, 2))))
                .containsOnlyKeys("sports");
    }

    @Test
    void perServicePackageThePeriodsTileAnyWindowWithoutGapOrOverlap() {
        Random random = new Random(42);
        ServiceStanding[] standings = {ServiceStanding.ENABLED, BLOCKED, ServiceStanding.ABSENT,
            ServiceStanding.disabled(Optional.of(Reason.CUSTOMER_SUSPENDED))};
        for (int round = 0; round < 200; round++) {
            List<ServiceChange> changes = new ArrayList<>();
            int hour = 0;
            for (int i = random.nextInt(6); i > 0; i--) {
                hour += random.nextInt(3);
                changes.add(change(random.nextBoolean() ? "basic" : "sports", standings[random.nextInt(4)], hour));
            }
            int from = random.nextInt(12);
            int to = from + 1 + random.nextInt(12);
            for (String name : List.of("basic", "sports")) {
                List<ServicePeriod> periods = ServiceHistory.periods(changes, at(from), Optional.of(at(to)), at(100))
                        .stream().filter(p -> p.servicePackage().equals(name)).toList();
                if (changes.stream().noneMatch(c -> c.servicePackage().equals(name))) {
                    assertThat(periods).isEmpty();
                    continue;
                }
                assertThat(periods.get(0).from()).isEqualTo(at(from));
                for (int i = 1; i < periods.size(); i++) {
                    assertThat(periods.get(i).from()).isEqualTo(periods.get(i - 1).to().orElseThrow());
                    assertThat(periods.get(i).from()).isAfter(periods.get(i - 1).from());
                }
                assertThat(periods.get(periods.size() - 1).to()).contains(at(to));
            }
        }
    }
}
