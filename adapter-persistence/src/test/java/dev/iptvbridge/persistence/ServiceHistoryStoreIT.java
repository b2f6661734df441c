package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditOutcome;
import dev.iptvbridge.domain.history.ServiceChange;
import dev.iptvbridge.domain.history.ServiceStanding;
import dev.iptvbridge.domain.provisioning.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

class ServiceHistoryStoreIT {

    private static ServiceChange change(long account, String servicePackage, ServiceStanding standing, long seconds,
                                        Long... events) {
        return new ServiceChange(account, servicePackage, standing, T0.plusSeconds(seconds), List.of(events));
    }

    private static final ServiceStanding BLOCKED = ServiceStanding.disabled(Optional.of(Reason.BLOCKED));

    @ContractTest
    void anAccountsChangesReadBackOldestFirstWithReasonAndEvents(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            ServiceHistoryStore store = new ServiceHistoryStore(db.database);
            store.append(List.of(change(7, "family", ServiceStanding.ENABLED, 0, 918273L),
                    change(7, "sports", ServiceStanding.ENABLED, 0, 918273L)));
            store.append(List.of(change(8, "family", ServiceStanding.ENABLED, 5)));
            store.append(List.of(change(7, "family", BLOCKED, 10, 918274L, 918275L),
                    change(7, "sports", BLOCKED, 10, 918274L, 918275L)));
            store.append(List.of(change(7, "sports", ServiceStanding.disabled(Optional.empty()), 10)));
            store.append(List.of());

            assertThat(store.changes(7)).containsExactly(
                    change(7, "family", ServiceStanding.ENABLED, 0, 918273L),
                    change(7, "sports", ServiceStanding.ENABLED, 0, 918273L),
                    change(7, "family", BLOCKED, 10, 918274L, 918275L),
                    change(7, "sports", BLOCKED, 10, 918274L, 918275L),
                    change(7, "sports", ServiceStanding.disabled(Optional.empty()), 10));
            assertThat(store.changes(99)).isEmpty();
        }
    }

    @ContractTest
    void everyChangeBeforeAnInstantStreamsByAccountThenServicePackageThenTime(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            ServiceHistoryStore store = new ServiceHistoryStore(db.database);
            store.append(List.of(change(9, "sports", ServiceStanding.ENABLED, 0)));
            store.append(List.of(change(7, "sports", ServiceStanding.ENABLED, 1), change(7, "family", BLOCKED, 1)));
            store.append(List.of(change(7, "family", ServiceStanding.ABSENT, 2)));
            store.append(List.of(change(8, "family", ServiceStanding.ENABLED, 3)));

            List<String> seen = new ArrayList<>();
            store.forEachBefore(T0.plusSeconds(3), c -> seen.add(c.account() + " " + c.servicePackage() + " "
                    + c.standing().state()));

            assertThat(seen).containsExactly("7 family DISABLED", "7 family ABSENT", "7 sports ENABLED",
                    "9 sports ENABLED");
        }
    }

    @ContractTest
    void purgingTheAuditLeavesTheHistoryWhole(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            ServiceHistoryStore store = new ServiceHistoryStore(db.database);
            store.append(List.of(change(7, "family", ServiceStanding.ENABLED, 0, 1L)));
            db.adapter.append(new AuditEntry(T0, 7, List.of(1L), AuditCategory.TRANSITION, "ACTIVATED",
                    AuditOutcome.OK, "enabled"));

            assertThat(db.adapter.purgeBefore(T0.plus(Duration.ofDays(1)), 100)).isEqualTo(1);

            assertThat(db.adapter.forAccount(7, 10)).isEmpty();
            assertThat(store.changes(7)).containsExactly(change(7, "family", ServiceStanding.ENABLED, 0, 1L));
        }
    }
}
