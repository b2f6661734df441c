package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.AppliedState;
import dev.iptvbridge.application.port.out.AuditCategory;
import dev.iptvbridge.application.port.out.AuditEntry;
import dev.iptvbridge.application.port.out.AuditOutcome;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

class AuditAndAppliedStateIT {

    private static AuditEntry entry(Instant at, long account, String action) {
        return new AuditEntry(at, account, List.of(9001L, 9002L), AuditCategory.MINERVA, action, AuditOutcome.OK,
                "packages 101, 205");
    }

    @ContractTest
    void anAccountsAuditTrailReadsNewestFirst(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            db.adapter.append(entry(T0, 7, "create"));
            db.adapter.append(entry(T0.plusSeconds(10), 8, "create"));
            db.adapter.append(entry(T0.plusSeconds(20), 7, "disable"));
            db.adapter.append(entry(T0.plusSeconds(20), 7, "SUSPENDED"));
            db.adapter.append(new AuditEntry(T0.plusSeconds(30), 7, List.of(), AuditCategory.TRANSITION, "ACTIVE",
                    AuditOutcome.FAILED, "x".repeat(20_000)));

            List<AuditEntry> trail = db.adapter.forAccount(7, 3);

            assertThat(trail).extracting(AuditEntry::action).containsExactly("ACTIVE", "SUSPENDED", "disable");
            assertThat(trail.get(0).detail()).hasSize(16_000).endsWith("…");
            assertThat(trail.get(0).eventIds()).isEmpty();
            assertThat(trail.get(1)).isEqualTo(entry(T0.plusSeconds(20), 7, "SUSPENDED"));
            assertThat(db.adapter.forAccount(99, 10)).isEmpty();
        }
    }

    @ContractTest
    void entriesBetweenTwoInstantsIncludeTheStartAndExcludeTheEnd(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            for (int second = 0; second < 5; second++) {
                db.adapter.append(entry(T0.plusSeconds(second), 100 + second, "enable"));
            }

            assertThat(db.adapter.between(T0.plusSeconds(1), T0.plusSeconds(4), 10))
                    .extracting(AuditEntry::accountId).containsExactly(103L, 102L, 101L);
            assertThat(db.adapter.between(T0, T0.plusSeconds(5), 2))
                    .extracting(AuditEntry::accountId).containsExactly(104L, 103L);
        }
    }

    @ContractTest
    void purgingRemovesTheOldestLinesBeforeTheCutoffABatchAtATimeAndKeepsRecentOnes(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            Instant cutoff = T0.minus(Duration.ofDays(90));
            for (int i = 0; i < 5; i++) {
                db.adapter.append(entry(cutoff.minus(Duration.ofDays(10)).plusSeconds(i), 7, "old-" + i));
            }
            db.adapter.append(entry(cutoff, 7, "at-the-cutoff"));
            db.adapter.append(entry(T0, 7, "recent"));

            assertThat(db.adapter.purgeBefore(cutoff, 3)).isEqualTo(3);
            assertThat(db.adapter.forAccount(7, 10)).extracting(AuditEntry::action)
                    .as("the oldest went first").containsExactly("recent", "at-the-cutoff", "old-4", "old-3");
            assertThat(db.adapter.purgeBefore(cutoff, 3)).isEqualTo(2);
            assertThat(db.adapter.purgeBefore(cutoff, 3)).isZero();
            assertThat(db.adapter.forAccount(7, 10)).extracting(AuditEntry::action)
                    .containsExactly("recent", "at-the-cutoff");
        }
    }

    @ContractTest
    void theAppliedStateIsTheLastSaved(Engine engine) {
        try (Fixture db = Fixture.open(engine)) {
            IptvCustomer customer = new IptvCustomer(7, "ph-5551234", "Jane Roe", IptvStatus.ENABLED,
                    new TreeSet<>(List.of("205", "101")), true);
            assertThat(db.adapter.find(7L)).isEmpty();

            db.adapter.save(new AppliedState(7, Optional.of(customer), T0));
            assertThat(db.adapter.find(7L)).contains(new AppliedState(7, Optional.of(customer), T0));

            IptvCustomer disabled = customer.withStatus(IptvStatus.DISABLED).withPackages(new TreeSet<>());
            db.adapter.save(new AppliedState(7, Optional.of(disabled), T0.plusSeconds(5)));
            assertThat(db.adapter.find(7L)).contains(new AppliedState(7, Optional.of(disabled), T0.plusSeconds(5)));

            db.adapter.save(new AppliedState(7, Optional.empty(), T0.plusSeconds(9)));
            assertThat(db.adapter.find(7L)).contains(new AppliedState(7, Optional.empty(), T0.plusSeconds(9)));
        }
    }
}
