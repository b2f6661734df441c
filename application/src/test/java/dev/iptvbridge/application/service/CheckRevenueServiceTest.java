package dev.iptvbridge.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.fake.FakeIptvPlatform;
import dev.iptvbridge.application.fake.FakeSubscriptions;
import dev.iptvbridge.application.fake.InMemoryServiceHistory;
import dev.iptvbridge.application.fake.MutableClock;
import dev.iptvbridge.application.port.in.ProgressListener;
import dev.iptvbridge.application.port.in.RevenueFinding;
import dev.iptvbridge.application.port.in.RevenueReport;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.SubscriptionStatus;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.ServicePackage;
import dev.iptvbridge.domain.history.ServiceChange;
import dev.iptvbridge.domain.history.ServiceStanding;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Revenue findings of both kinds on a seeded world. */
class CheckRevenueServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Catalog CATALOG = new Catalog(
            Map.of("basic", ServicePackage.of("basic", Set.of("CH-BASIC"), false, Set.of(101L)),
                    "sports", ServicePackage.of("sports", Set.of("CH-SPORTS"), false, Set.of(201L, 202L)),
                    "family", ServicePackage.of("family", Set.of("CH-BASIC", "CH-KIDS"), true, Set.of(102L)),
                    "free", ServicePackage.of("free", Set.of("CH-NEWS"), false)),
            Map.of(101L, List.of("basic", "free"), 102L, List.of("family")), Map.of(201L, List.of("sports")));

    private final FakeIptvPlatform minerva = new FakeIptvPlatform();
    private final FakeSubscriptions billing = new FakeSubscriptions();
    private final InMemoryServiceHistory history = new InMemoryServiceHistory();
    private final List<Duration> waits = new ArrayList<>();
    private final CheckRevenueService service = new CheckRevenueService(minerva, billing, history, CATALOG,
            new MutableClock(NOW), waits::add);

    @Test
    void servedWithoutChargeAndChargedWithoutServiceAreBothFound() {
        customer(1, IptvStatus.ENABLED, false, "CH-BASIC", "CH-SPORTS", "CH-NEWS");
        billing.give(1, 101, SubscriptionStatus.ACTIVE).give(1, 201, SubscriptionStatus.CLOSED);
        customer(2, IptvStatus.ENABLED, false, "CH-BASIC");
        billing.give(2, 101, SubscriptionStatus.ACTIVE).give(2, 202, SubscriptionStatus.ACTIVE);
        customer(3, IptvStatus.DISABLED, false, "CH-BASIC");
        billing.give(3, 101, SubscriptionStatus.ACTIVE);
        customer(4, IptvStatus.ENABLED, false, "CH-BASIC");
        billing.give(4, 101, SubscriptionStatus.PENDING);
        // Family gives all basic gives: a family customer receives family, not basic.
        customer(5, IptvStatus.ENABLED, true, "CH-BASIC", "CH-KIDS");
        billing.give(5, 102, SubscriptionStatus.ACTIVE);
        // What the history says the bridge gave decides: account 8 was given basic and sports, not family.
        customer(8, IptvStatus.ENABLED, true, "CH-BASIC", "CH-KIDS", "CH-SPORTS");
        history.append(List.of(new ServiceChange(8, "basic", ServiceStanding.ENABLED, NOW.minusSeconds(50), List.of()),
                new ServiceChange(8, "sports", ServiceStanding.ENABLED, NOW.minusSeconds(50), List.of())));
        billing.give(8, 101, SubscriptionStatus.ACTIVE).give(8, 201, SubscriptionStatus.ACTIVE);
        customer(6, IptvStatus.ENABLED, false, "CH-BASIC", "CH-KIDS");
        billing.give(6, 101, SubscriptionStatus.ACTIVE);
        // Account 7 was served once and deleted from Minerva; billing still charges its family package.
        history.append(List.of(new ServiceChange(7, "family", ServiceStanding.ENABLED, NOW.minusSeconds(99), List.of()),
                new ServiceChange(7, "family", ServiceStanding.ABSENT, NOW.minusSeconds(9), List.of())));
        billing.give(7, 102, SubscriptionStatus.ACTIVE);
        List<String> progress = new ArrayList<>();

        RevenueReport report = service.check((done, total, what) -> progress.add(done + "/" + total + " " + what));

        assertThat(report.checkedAt()).isEqualTo(NOW);
        assertThat(report.customersChecked()).isEqualTo(7);
        assertThat(report.servedNotCharged()).containsExactly(
                finding(1, "sports", 201, 202),
                finding(4, "basic", 101));
        assertThat(report.chargedNotServed()).containsExactly(
                finding(2, "sports", 202),
                finding(3, "basic", 101),
                finding(7, "family", 102));
        assertThat(progress).containsExactly("7/7 Minerva customers checked", "1/1 former customers checked");
    }

    @Test
    void aRateLimitIsWaitedOutAndARefusalStopsTheCheck() {
        customer(1, IptvStatus.ENABLED, false, "CH-BASIC");
        billing.failNext(new TransientFailure("PortaBilling answered 429", Optional.of(Duration.ofSeconds(3)), null),
                new TransientFailure("PortaBilling answered 503", null));

        RevenueReport report = service.check(ProgressListener.NONE);

        assertThat(waits).containsExactly(Duration.ofSeconds(3), PatientCall.DEFAULT_WAIT);
        assertThat(report.servedNotCharged()).containsExactly(finding(1, "basic", 101));

        billing.failNext(new PermanentFailure("PortaBilling refused user 'bridge'", null));
        assertThatThrownBy(() -> service.check(ProgressListener.NONE)).hasMessageContaining("refused");
    }

    @Test
    void aCatalogWithoutChargedServicePackagesReadsNothing() {
        customer(1, IptvStatus.ENABLED, false, "CH-NEWS");
        CheckRevenueService uncharged = new CheckRevenueService(minerva, billing, history,
                new Catalog(Map.of("free", ServicePackage.of("free", Set.of("CH-NEWS"), false)), Map.of(), Map.of()),
                new MutableClock(NOW), waits::add);

        RevenueReport report = uncharged.check(ProgressListener.NONE);

        assertThat(report.servedNotCharged()).isEmpty();
        assertThat(report.chargedNotServed()).isEmpty();
        assertThat(billing.reads()).isZero();
    }

    @Test
    void theCatalogCheckNamesASubscriptionPortaBillingDoesNotDefine() {
        billing.define(101, "Basic monthly").define(102, "Family monthly").define(201, "Sports monthly");

        assertThat(new CatalogSubscriptionCheck(billing).check(CATALOG))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.servicePackage()).isEqualTo("sports");
                    assertThat(finding.subscription()).isEqualTo(202);
                    assertThat(finding.message()).contains("'sports'", "202", "subscriptions:");
                });
    }

    private void customer(long account, IptvStatus status, boolean dvr, String... packages) {
        minerva.put(new IptvCustomer(account, "login-" + account, "Name " + account, status,
                new TreeSet<>(List.of(packages)), dvr));
    }

    private static RevenueFinding finding(long account, String servicePackage, long... subscriptions) {
        return new RevenueFinding(account, servicePackage, new TreeSet<>(java.util.Arrays.stream(subscriptions)
                .boxed().toList()));
    }
}
