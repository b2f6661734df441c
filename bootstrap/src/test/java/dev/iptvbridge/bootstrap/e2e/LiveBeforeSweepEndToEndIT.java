package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.BASIC;
import static dev.iptvbridge.bootstrap.e2e.E2e.PATIENCE;
import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static dev.iptvbridge.bootstrap.e2e.E2e.awaitCustomer;
import static dev.iptvbridge.bootstrap.e2e.E2e.awaitQuiet;
import static dev.iptvbridge.bootstrap.e2e.E2e.enabledWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.iptvbridge.application.port.in.ReconcileAccountUseCase;
import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.QueueLane;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.application.service.ReconcileAccountService;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.config.CatalogLoader;
import dev.iptvbridge.embedded.config.ConfigLoader;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live event queued after a sweep of 10,000 entries is reconciled before the sweep's entries: the
 * worker finishes the sweep reconcile it holds (the one in flight) and takes the live entry next.
 * One worker, so that the order of reconciles is the order of claims; with {@code workers} workers a
 * live entry waits for at most that many reconciles, since each worker claims one entry at a time.
 * The held sweep reconcile waits on a latch only so that the test knows which reconcile was in flight.
 */
class LiveBeforeSweepEndToEndIT {

    private static final int SWEEP = 10_000;
    private static final long FIRST_SWEEP_ACCOUNT = 9_000_000;

    @TempDir
    Path data;

    private final List<Long> reconciled = new CopyOnWriteArrayList<>();
    private final CountDownLatch sweepHeld = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Test
    void on_h2_a_live_event_is_reconciled_before_the_sweep_queued_ahead_of_it() throws Exception {
        liveBeforeSweep(Map.of());
    }

    @Test
    void on_postgresql_a_live_event_is_reconciled_before_the_sweep_queued_ahead_of_it() throws Exception {
        TestPostgres.Connection3 database = TestPostgres.freshDatabase();
        liveBeforeSweep(Map.of("database.url", database.url(), "database.username", database.user(),
                "database.password", database.password()));
    }

    private void liveBeforeSweep(Map<String, String> databaseKeys) throws Exception {
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults());
             IptvBridge bridge = bridge(billing, minerva, databaseKeys)) {
            billing.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            minerva.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            int port = bridge.daemon().start();
            billing.espf().configure("http://127.0.0.1:" + port + "/espf/events", SandboxWorld.WEBHOOK_USER,
                    SandboxWorld.WEBHOOK_PASSWORD, "Authorization");
            awaitQuiet(billing, bridge, PATIENCE);
            WorkQueuePort queue = bridge.use(WorkQueuePort.class);

            // The sweep: accounts billing does not know, each a quick reconcile that finds nothing to do.
            for (long i = 0; i < SWEEP; i++) {
                queue.enqueueSweep(WorkKey.account(FIRST_SWEEP_ACCOUNT + i), Instant.now(), "test sweep");
            }
            assertThat(sweepHeld.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            long live = billing.addAccount(account("live@tv.example", 5001, 101));
            await().atMost(PATIENCE).until(() -> queue.find(WorkKey.account(live)).map(QueueEntry::lane)
                    .filter(QueueLane.LIVE::equals).isPresent());
            // A live entry is due after queue.settleDelay, so that one change's events meet in one reconcile;
            // from then on no sweep entry may be claimed before it.
            await().atMost(PATIENCE).until(() -> queue.find(WorkKey.account(live))
                    .map(entry -> !entry.dueAt().isAfter(Instant.now())).orElse(true));
            int inFlight = reconciled.size();
            release.countDown();

            awaitCustomer(minerva, live, enabledWith(BASIC));
            // A copy: the worker goes on with the sweep while the test reads (a view of the live list would fail).
            List<Long> seen = List.copyOf(reconciled);
            List<Long> after = seen.subList(inFlight, seen.indexOf(live));
            assertThat(after).as("sweep reconciles started after the live event was due").isEmpty();
            assertThat(seen.subList(0, inFlight).stream().filter(LiveBeforeSweepEndToEndIT::sweep).count())
                    .as("sweep reconciles in flight when it was queued (workers x 1)").isEqualTo(1);
        }
    }

    private static boolean sweep(long account) {
        return account >= FIRST_SWEEP_ACCOUNT;
    }

    private IptvBridge bridge(PortaBillingSimulator billing, MinervaSimulator minerva, Map<String, String> databaseKeys) {
        Map<String, String> keys = new HashMap<>(databaseKeys);
        keys.put("workers", "1");
        keys.put("maintenance.sweepInterval", "0s");
        Path file = SandboxConfiguration.write(data, 0, billing.baseUrl(), minerva.baseUrl(), keys);
        BridgeConfig config = ConfigLoader.load(file, Map.of());
        return IptvBridge.create(config, CatalogLoader.load(config.catalog()), Clock.systemUTC(), new AbstractModule() {
            @Provides
            @Singleton
            ReconcileAccountUseCase watched(ReconcileAccountService service) {
                return command -> {
                    reconciled.add(command.accountId());
                    if (sweep(command.accountId()) && sweepHeld.getCount() > 0) {
                        sweepHeld.countDown();
                        awaitRelease();
                    }
                    return service.reconcile(command);
                };
            }
        });
    }

    private void awaitRelease() {
        try {
            if (!release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the held sweep reconcile");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
