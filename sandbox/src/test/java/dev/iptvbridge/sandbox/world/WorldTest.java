package dev.iptvbridge.sandbox.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorldTest {

    private static final String EVERY_KIND = "accounts=20000,seed=42,missing=0.01,should_be_enabled=0.02,should_be_disabled=0.015,"
            + "wrong_packages=0.005,wrong_profile=0.03,should_be_deleted=0.01,orphan=0.004,foreign=0.002";

    @Test
    void theSameSeedGivesTheSameWorld() {
        Collected first = Collected.of(World.generate(WorldSpec.parse(EVERY_KIND)));
        Collected again = Collected.of(World.generate(WorldSpec.parse(EVERY_KIND)));

        assertThat(again.customers).isEqualTo(first.customers);
        assertThat(again.accounts).isEqualTo(first.accounts);
        assertThat(again.iptv).isEqualTo(first.iptv);
        assertThat(World.generate(WorldSpec.parse(EVERY_KIND)).expectedDrift())
                .isEqualTo(World.generate(WorldSpec.parse(EVERY_KIND)).expectedDrift());
    }

    @Test
    void anotherSeedGivesAnotherWorld() {
        Collected one = Collected.of(World.generate(WorldSpec.parse(EVERY_KIND)));
        Collected other = Collected.of(World.generate(WorldSpec.parse(EVERY_KIND.replace("seed=42", "seed=43"))));

        assertThat(other.accounts).isNotEqualTo(one.accounts);
        assertThat(World.generate(WorldSpec.parse(EVERY_KIND.replace("seed=42", "seed=43"))).expectedDrift())
                .isNotEqualTo(World.generate(WorldSpec.parse(EVERY_KIND)).expectedDrift());
    }

    @Test
    void eachKindOfDriftHoldsExactlyItsShare() {
        World world = World.generate(WorldSpec.parse(EVERY_KIND));

        Map<DriftKind, Long> counted = world.expectedDrift().values().stream()
                .collect(Collectors.groupingBy(k -> k, () -> new EnumMap<>(DriftKind.class), Collectors.counting()));
        assertThat(counted).containsExactlyInAnyOrderEntriesOf(Map.of(DriftKind.MISSING, 200L, DriftKind.SHOULD_BE_ENABLED, 400L,
                DriftKind.SHOULD_BE_DISABLED, 300L, DriftKind.WRONG_PACKAGES, 100L, DriftKind.WRONG_PROFILE, 600L,
                DriftKind.SHOULD_BE_DELETED, 200L, DriftKind.ORPHAN, 80L, DriftKind.FOREIGN, 40L));
        assertThat(world.driftCounts()).containsEntry(DriftKind.WRONG_PROFILE, 600).containsEntry(DriftKind.FOREIGN, 40);
    }

    @Test
    void theExpectedDriftIsWhatTheRecordsShow() {
        World world = World.generate(WorldSpec.parse(EVERY_KIND));

        assertThat(DriftOracle.classify(Collected.of(world))).isEqualTo(world.expectedDrift());
    }

    @Test
    void aWorldWithoutDriftIsInStep() {
        World world = World.generate(WorldSpec.parse("accounts=5000,seed=7"));

        assertThat(world.expectedDrift()).isEmpty();
        assertThat(DriftOracle.classify(Collected.of(world))).isEmpty();
    }

    @Test
    void theWorldHasCustomersOfSeveralAccountsSuspendedOnesAddonsAndClosedAccounts() {
        Collected world = Collected.of(World.generate(WorldSpec.parse(EVERY_KIND)));

        assertThat(world.accounts).hasSize(20_000);
        assertThat(world.customers.size()).isBetween(8_000, 12_000);
        assertThat(world.accounts.stream().collect(Collectors.groupingBy(WorldAccount::iCustomer, Collectors.counting())).values())
                .contains(1L, 2L, 3L, 4L).allMatch(n -> n >= 1 && n <= 4);
        assertThat(world.customers).filteredOn(WorldCustomer::suspended).hasSizeBetween(100, 600);
        assertThat(world.accounts).filteredOn(WorldAccount::sportsAddon).hasSizeGreaterThan(3_000);
        assertThat(world.accounts).extracting(WorldAccount::iProduct).contains(101L, 102L, 103L);
        assertThat(world.accounts).filteredOn(a -> a.billStatus().equals("C")).hasSizeGreaterThan(800);
        assertThat(world.accounts).filteredOn(a -> a.billStatus().equals("I")).hasSizeGreaterThan(200);
        assertThat(world.accounts).filteredOn(WorldAccount::blocked).hasSizeGreaterThan(300);
        assertThat(world.accounts).extracting(WorldAccount::iAccount).startsWith(World.FIRST_ACCOUNT).doesNotHaveDuplicates();
    }

    @Test
    void aSpecIsReadFromAScenarioMappingOrACommandLine() {
        WorldSpec fromMap = WorldSpec.fromMap(Map.of("accounts", 1_000_000, "seed", 42,
                "drift", Map.of("missing", 0.01, "foreign", "0.001")));

        assertThat(fromMap).isEqualTo(WorldSpec.parse("accounts=1_000_000, seed=42, missing=0.01, foreign=0.001"));
        assertThat(fromMap.count(DriftKind.MISSING)).isEqualTo(10_000);
        assertThat(fromMap.count(DriftKind.WRONG_PROFILE)).isZero();
        assertThat(WorldSpec.parse("accounts=10").seed()).isEqualTo(1);
    }

    @Test
    void aWrongSpecSaysWhatToChange() {
        assertThatThrownBy(() -> WorldSpec.parse("accounts=10,drifted=0.1"))
                .hasMessageContaining("unknown kind of drift 'drifted'").hasMessageContaining("should_be_enabled");
        assertThatThrownBy(() -> WorldSpec.parse("seed=3")).hasMessageContaining("'accounts' is required");
        assertThatThrownBy(() -> WorldSpec.parse("accounts=10,missing=1.5")).hasMessageContaining("from 0 to 1");
        assertThatThrownBy(() -> WorldSpec.parse("accounts=10,missing=0.3,wrong_profile=0.3")).hasMessageContaining("add up to");
        assertThatThrownBy(() -> WorldSpec.parse("accounts=ten")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> WorldSpec.fromMap(Map.of("accounts", 10, "size", 3))).hasMessageContaining("unknown key 'size'");
    }
}
