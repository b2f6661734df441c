package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.AppliedState;
import dev.iptvbridge.application.port.out.ComparedAccount;
import dev.iptvbridge.application.port.out.ComparisonRecord;
import dev.iptvbridge.application.port.out.Difference;
import dev.iptvbridge.application.port.out.DriftKind;
import dev.iptvbridge.application.port.out.SnapshotAccount;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/** The comparison's snapshot, differences, lease and history, on H2 and on PostgreSQL. */
class ComparisonStoreIT {

    private static final String RUN = "cmp-1";

    private static SnapshotAccount account(long id, long customer) {
        return new SnapshotAccount(id, "login-" + id, customer, 10, List.of(21L, 22L), false, BillStatus.OPEN);
    }

    private static IptvCustomer customer(long id, String... packages) {
        return new IptvCustomer(id, "login-" + id, "Alice", IptvStatus.ENABLED, new TreeSet<>(List.of(packages)), true);
    }

    @ContractTest
    void eachAccountIdIsReadOnceWithBothSidesAndRepeatsOfAListingAreSkipped(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            ComparisonAdapter store = new ComparisonAdapter(db.database);
            store.dropOtherRuns(RUN);
            store.addAccounts(List.of(account(3, 50), account(1, 50), account(2, 51)));
            store.addAccounts(List.of(account(2, 51)));
            store.addCustomers(List.of(new Customer(50, "Alice", CustomerStatus.OPEN, false)));
            store.addCustomers(List.of(new Customer(50, "Alice", CustomerStatus.OPEN, false)));
            store.addPlatform(List.of(customer(1, "basic", "sports"), customer(9)), List.of("crm-7", "crm-7", "a"));
            store.addPlatform(List.of(customer(8)), List.of());
            db.adapter.save(new AppliedState(9, Optional.of(customer(9)), T0));
            store.index();

            List<ComparedAccount> rows = store.comparedAfter(Long.MIN_VALUE, 100);

            assertThat(rows).extracting(ComparedAccount::accountId).containsExactly(1L, 2L, 3L, 8L, 9L);
            assertThat(rows.get(0).account()).contains(account(1, 50));
            assertThat(rows.get(0).customer()).contains(new Customer(50, "Alice", CustomerStatus.OPEN, false));
            assertThat(rows.get(0).platform()).contains(customer(1, "basic", "sports"));
            assertThat(rows.get(1).customer()).as("customer 51 not listed").isEmpty();
            assertThat(rows.get(2).platform()).isEmpty();
            assertThat(rows.subList(3, 5)).allSatisfy(row -> assertThat(row.account()).isEmpty());
            assertThat(rows.subList(3, 5)).extracting(ComparedAccount::provisionedBefore).containsExactly(false, true);
            assertThat(rows.get(4).platform()).contains(customer(9));
            assertThat(store.comparedAfter(9, 100)).isEmpty();
            assertThat(store.foreignAfter("", 100)).containsExactly("a", "crm-7");
        }
    }

    @ContractTest
    void pagesFollowEachOtherByAccountIdAcrossBothSidesAndANewRunStartsEmpty(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            ComparisonAdapter store = new ComparisonAdapter(db.database);
            for (int run = 1; run <= 2; run++) {
                store.dropOtherRuns("cmp-" + run);
                List<SnapshotAccount> accounts = new ArrayList<>();
                List<IptvCustomer> platform = new ArrayList<>();
                for (long id = 25; id >= 1; id--) {
                    accounts.add(account(id * 2, 50));
                    accounts.add(account(id * 2, 50));
                    platform.add(customer(id * 3));
                }
                store.addAccounts(accounts);
                store.addPlatform(platform, List.of());
                store.index();

                List<ComparedAccount> seen = new ArrayList<>();
                long after = Long.MIN_VALUE;
                List<ComparedAccount> page;
                while (!(page = store.comparedAfter(after, 7)).isEmpty()) {
                    seen.addAll(page);
                    after = page.get(page.size() - 1).accountId();
                }
                assertThat(seen).extracting(ComparedAccount::accountId).isSorted().doesNotHaveDuplicates()
                        .as("even ids to 50, multiples of 3 to 75, 8 of them both").hasSize(25 + 25 - 8);
                assertThat(seen).allSatisfy(row -> {
                    assertThat(row.account().isPresent()).isEqualTo(row.accountId() % 2 == 0 && row.accountId() <= 50);
                    assertThat(row.platform().isPresent()).isEqualTo(row.accountId() % 3 == 0);
                });
                store.dropSnapshot();
                assertThat(store.comparedAfter(Long.MIN_VALUE, 10)).isEmpty();
            }
        }
    }

    @ContractTest
    void differencesAreKeptInOrderAndCountedWhileTheirEntryIsQueued(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            ComparisonAdapter store = new ComparisonAdapter(db.database);
            Difference missing = new Difference(1, OptionalLong.of(7), Optional.empty(), DriftKind.MISSING,
                    Optional.of(customer(7, "basic")), Optional.empty(), Optional.empty(), true);
            Difference packages = new Difference(2, OptionalLong.of(8), Optional.empty(), DriftKind.WRONG_PACKAGES,
                    Optional.of(customer(8, "basic")), Optional.of(customer(8)), Optional.empty(), true);
            Difference disabled = new Difference(3, OptionalLong.of(9), Optional.empty(), DriftKind.SHOULD_BE_DISABLED,
                    Optional.of(customer(9).withStatus(IptvStatus.DISABLED)), Optional.of(customer(9)),
                    Optional.of("BLOCKED"), true);
            Difference foreign = new Difference(4, OptionalLong.empty(), Optional.of("crm-7"), DriftKind.FOREIGN,
                    Optional.empty(), Optional.empty(), Optional.empty(), false);
            store.addDifferences(RUN, List.of(missing, packages, disabled, foreign));
            store.addDifferences("old-run", List.of(missing));

            assertThat(store.differencesAfter(RUN, 0, 100)).containsExactly(missing, packages, disabled, foreign);
            store.addDifferences("dry-run", List.of(new Difference(1, OptionalLong.of(10), Optional.empty(),
                    DriftKind.MISSING, Optional.of(customer(10)), Optional.empty(), Optional.empty(), false)));
            assertThat(store.foundDrifted(8)).as("queued by the run").isTrue();
            assertThat(store.foundDrifted(10)).as("found by a dry run, not queued").isFalse();
            assertThat(store.foundDrifted(11)).isFalse();
            assertThat(store.differencesAfter(RUN, 2, 1)).containsExactly(disabled);
            assertThat(store.firstOf(RUN, DriftKind.WRONG_PACKAGES, 10)).containsExactly(packages);

            assertThat(store.stillQueued(RUN)).isZero();
            db.adapter.enqueue(WorkKey.account(7), T0);
            db.adapter.enqueue(WorkKey.account(8), T0);
            db.adapter.enqueue(WorkKey.account(9), T0);
            db.adapter.park(db.adapter.claimKey(WorkKey.account(9), "w", T0, Duration.ofMinutes(1)).orElseThrow(), "x");
            assertThat(store.stillQueued(RUN)).as("7 and 8; 9 is parked").isEqualTo(2);
            db.adapter.complete(db.adapter.claimKey(WorkKey.account(7), "w", T0, Duration.ofMinutes(1)).orElseThrow(),
                    T0);
            assertThat(store.stillQueued(RUN)).isEqualTo(1);

            store.dropOtherRuns(RUN);
            assertThat(store.differencesAfter("old-run", 0, 10)).isEmpty();
            assertThat(store.differencesAfter(RUN, 0, 10)).hasSize(4);
        }
    }

    @ContractTest
    void oneOwnerHoldsTheLeaseUntilItEndsOrIsGivenUp(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            ComparisonAdapter runs = new ComparisonAdapter(db.database);
            Duration lease = Duration.ofMinutes(5);
            assertThat(runs.lease("a", T0, lease)).isTrue();
            assertThat(runs.lease("b", T0.plusSeconds(60), lease)).isFalse();
            assertThat(runs.lease("a", T0.plusSeconds(60), lease)).as("renewed").isTrue();
            assertThat(runs.lease("b", T0.plus(lease), lease)).as("a's renewal holds").isFalse();
            assertThat(runs.lease("b", T0.plusSeconds(61).plus(lease), lease)).as("ran out").isTrue();
            runs.releaseLease("b");
            assertThat(runs.lease("c", T0.plusSeconds(400), lease)).isTrue();
        }
    }

    @ContractTest
    void theLastCompletedRunOfAnEnvironmentIsFound(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            ComparisonAdapter runs = new ComparisonAdapter(db.database);
            assertThat(runs.lastCompleted("3", true)).isEmpty();
            ComparisonRecord real = new ComparisonRecord("r1", "3", false, T0, T0.plusSeconds(5), 10, 9,
                    Map.of(DriftKind.MISSING, 2L), 2, true);
            ComparisonRecord dry = new ComparisonRecord("r2", "3", true, T0.plusSeconds(10), T0.plusSeconds(15), 10, 9,
                    Map.of(), 0, true);
            ComparisonRecord failed = new ComparisonRecord("r3", "3", false, T0.plusSeconds(20), T0.plusSeconds(21), 0,
                    0, Map.of(), 0, false);
            runs.record(real);
            runs.record(dry);
            runs.record(failed);

            assertThat(runs.lastCompleted("3", false)).contains(real);
            assertThat(runs.lastCompleted("3", true)).contains(dry);
            assertThat(runs.lastCompleted("all", true)).isEmpty();
            assertThat(runs.lastCompleted("3", false).orElseThrow().count(DriftKind.ORPHAN)).isZero();
        }
    }
}
