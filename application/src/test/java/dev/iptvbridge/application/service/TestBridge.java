package dev.iptvbridge.application.service;

import dev.iptvbridge.application.fake.FakeBilling;
import dev.iptvbridge.application.fake.FakeIptvPlatform;
import dev.iptvbridge.application.fake.FakeProvisioningStatus;
import dev.iptvbridge.application.fake.InMemoryAppliedState;
import dev.iptvbridge.application.fake.InMemoryAuditLog;
import dev.iptvbridge.application.fake.InMemoryInbox;
import dev.iptvbridge.application.fake.InMemoryStatusOutbox;
import dev.iptvbridge.application.fake.InMemoryWorkQueue;
import dev.iptvbridge.application.fake.MutableClock;
import dev.iptvbridge.application.fake.FakeProvisioningStatus.Report;
import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.ServicePackage;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.IptvStatus;
import dev.iptvbridge.domain.provisioning.ProvisioningPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** The application wired the way bootstrap wires it, over in-memory fakes; serves environment 3. */
final class TestBridge {

    static final Instant START = Instant.parse("2026-11-25T14:00:00Z");
    static final int ENV = 3;
    static final long ACCOUNT = 1_000_889L;
    static final long CUSTOMER = 5001L;
    static final String LOGIN = "alice@tv.example";
    static final String NAME = "Alice";
    static final long TV_BASIC = 101;
    static final long TV_PREMIUM = 102;
    static final long INTERNET_ONLY = 300;
    static final long SPORTS_ADDON = 201;
    static final SortedSet<String> BASIC = new TreeSet<>(Set.of("ch-basic", "vod"));
    static final SortedSet<String> BASIC_SPORTS = new TreeSet<>(Set.of("ch-basic", "ch-sports", "vod"));
    static final SortedSet<String> PREMIUM = new TreeSet<>(Set.of("ch-basic", "ch-premium", "vod"));

    static final Catalog CATALOG = new Catalog(
            Map.of("basic", ServicePackage.of("basic", BASIC, false),
                    "premium", ServicePackage.of("premium", PREMIUM, true),
                    "sports", ServicePackage.of("sports", Set.of("ch-sports"), false)),
            Map.of(TV_BASIC, List.of("basic"), TV_PREMIUM, List.of("premium")),
            Map.of(SPORTS_ADDON, List.of("sports")));

    final MutableClock clock = new MutableClock(START);
    final FakeBilling billing = new FakeBilling();
    final FakeIptvPlatform platform = new FakeIptvPlatform();
    final InMemoryWorkQueue queue = new InMemoryWorkQueue();
    final InMemoryInbox inbox = new InMemoryInbox(queue);
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemoryAppliedState applied = new InMemoryAppliedState();
    final FakeProvisioningStatus status = new FakeProvisioningStatus();
    final InMemoryStatusOutbox outbox = new InMemoryStatusOutbox();
    final SendStatusReportsService sender = new SendStatusReportsService(outbox, status, audit,
            StatusReportSchedule.DEFAULT, clock, () -> 0.5);
    final ServedEnvironment served = ServedEnvironment.only(ENV);
    final DesiredStateReader reader = new DesiredStateReader(billing, new ProvisioningPolicy(CATALOG), clock);
    final ReconcileAccountService reconciler = new ReconcileAccountService(reader, platform,
            new PlanExecutor(platform, audit, clock), new OutcomeRecorder(audit, applied, outbox, queue, clock), served);
    final CustomerFanOut fanOut = new CustomerFanOut(billing, queue, served, clock);

    ProcessWorkService worker(RetryPolicy policy, double jitter) {
        return new ProcessWorkService(queue, reconciler, fanOut, policy, clock, () -> jitter);
    }

    /** Sends what the outbox holds, as the daemon's sender would, and returns every report PortaBilling received. */
    List<Report> reported() {
        while (sender.sendDue("test-sender", 10) > 0) {
            // until nothing due is left
        }
        return status.reports();
    }

    Optional<Report> lastReported() {
        reported();
        return status.last();
    }

    static Account account(long id, long product, boolean blocked, BillStatus status, AddOn... addOns) {
        return new Account(id, LOGIN, CUSTOMER, ENV, product, List.of(addOns), blocked, status);
    }

    static Account openAccount(long product, AddOn... addOns) {
        return account(ACCOUNT, product, false, BillStatus.OPEN, addOns);
    }

    static Customer customer(CustomerStatus status) {
        return new Customer(CUSTOMER, NAME, status, false);
    }

    static IptvCustomer minerva(IptvStatus status, SortedSet<String> packages, boolean dvr) {
        return new IptvCustomer(ACCOUNT, LOGIN, NAME, status, packages, dvr);
    }

    TestBridge withGoodCustomer() {
        billing.put(customer(CustomerStatus.OPEN));
        return this;
    }
}
