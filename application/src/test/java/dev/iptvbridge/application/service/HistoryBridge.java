package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.ACCOUNT;
import static dev.iptvbridge.application.service.TestBridge.CATALOG;
import static dev.iptvbridge.application.service.TestBridge.ENV;
import static dev.iptvbridge.application.service.TestBridge.START;

import dev.iptvbridge.application.fake.FakeBilling;
import dev.iptvbridge.application.fake.FakeIptvPlatform;
import dev.iptvbridge.application.fake.InMemoryAppliedState;
import dev.iptvbridge.application.fake.InMemoryAuditLog;
import dev.iptvbridge.application.fake.InMemoryServiceHistory;
import dev.iptvbridge.application.fake.InMemoryStatusOutbox;
import dev.iptvbridge.application.fake.MutableClock;
import dev.iptvbridge.application.port.in.AccountHistory;
import dev.iptvbridge.application.port.in.HistoryQuery;
import dev.iptvbridge.application.port.in.ReconcileAccountCommand;
import dev.iptvbridge.application.port.in.ReconcileAccountResult;
import dev.iptvbridge.domain.provisioning.ProvisioningPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The reconcile wired with service history over in-memory fakes, as bootstrap wires it. */
final class HistoryBridge {

    final MutableClock clock = new MutableClock(START);
    final FakeBilling billing = new FakeBilling();
    final FakeIptvPlatform platform = new FakeIptvPlatform();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemoryServiceHistory history = new InMemoryServiceHistory();
    final ReconcileAccountService reconciler = new ReconcileAccountService(
            new DesiredStateReader(billing, new ProvisioningPolicy(CATALOG), clock), platform,
            new PlanExecutor(platform, audit, clock),
            new OutcomeRecorder(audit, new InMemoryAppliedState(), new InMemoryStatusOutbox(),
                    new dev.iptvbridge.application.fake.InMemoryWorkQueue(), clock,
                    new ServiceHistoryRecorder(history, CATALOG, clock)),
            ServedEnvironment.only(ENV));
    final ShowHistoryService show = new ShowHistoryService(history, clock);

    ReconcileAccountResult reconcile(long... eventIds) {
        return reconciler.reconcile(new ReconcileAccountCommand(ACCOUNT, false,
                java.util.Arrays.stream(eventIds).boxed().toList()));
    }

    AccountHistory history(Instant from) {
        return show.history(new HistoryQuery(ACCOUNT, Optional.of(from), Optional.empty()));
    }

    AccountHistory history(Instant from, Instant to) {
        return show.history(new HistoryQuery(ACCOUNT, Optional.of(from), Optional.of(to)));
    }

    static List<Long> events(long... ids) {
        return java.util.Arrays.stream(ids).boxed().toList();
    }
}
