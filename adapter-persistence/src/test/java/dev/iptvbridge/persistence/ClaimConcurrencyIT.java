package dev.iptvbridge.persistence;

import static dev.iptvbridge.persistence.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.ClaimedWork;
import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two pools (two {@link Database}s, as two daemons would have) on one database, eight workers
 * each, while a producer asks for keys again: no key may be held by two workers at once.
 */
class ClaimConcurrencyIT {

    private static final int KEYS = 100;
    private static final int WORKERS_PER_POOL = 8;
    private static final int REQUESTS_DURING_RUN = 100;

    @ContractTest
    void noTwoWorkersHoldOneKeyAtOnce(Engine engine) throws Exception {
        DatabaseSettings settings = engine.freshDatabase();
        try (Database first = Database.open(settings); Database second = Database.open(settings)) {
            first.migrate();
            List<PersistenceAdapter> adapters = List.of(new PersistenceAdapter(first), new PersistenceAdapter(second));
            for (int key = 0; key < KEYS; key++) {
                adapters.get(0).enqueue(WorkKey.account(key), T0);
            }

            Map<WorkKey, String> holders = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> overlaps = new ConcurrentLinkedQueue<>();
            Map<WorkKey, AtomicInteger> completions = new ConcurrentHashMap<>();
            AtomicBoolean producing = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(2 * WORKERS_PER_POOL + 1);
            List<Future<?>> running = new ArrayList<>();
            running.add(threads.submit(() -> {
                for (int i = 0; i < REQUESTS_DURING_RUN; i++) {
                    adapters.get(i % 2).enqueue(WorkKey.account(ThreadLocalRandom.current().nextInt(KEYS)), T0);
                }
                producing.set(false);
                return null;
            }));
            for (int w = 0; w < 2 * WORKERS_PER_POOL; w++) {
                PersistenceAdapter adapter = adapters.get(w % 2);
                String owner = "pool" + (w % 2) + "-worker" + w;
                running.add(threads.submit(() -> {
                    work(adapter, owner, producing, holders, overlaps, completions);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            threads.shutdown();

            assertThat(overlaps).as("keys held by two workers at once").isEmpty();
            assertThat(completions).hasSize(KEYS);
            assertThat(adapters.get(1).stats()).isEqualTo(new QueueStats(0, 0, 0, Optional.empty()));
        }
    }

    private static void work(PersistenceAdapter adapter, String owner, AtomicBoolean producing,
                             Map<WorkKey, String> holders, ConcurrentLinkedQueue<String> overlaps,
                             Map<WorkKey, AtomicInteger> completions) {
        int idleRounds = 0;
        while (producing.get() || idleRounds < 3) {
            List<ClaimedWork> claimed = adapter.claim(owner, 4, T0, Duration.ofMinutes(5));
            idleRounds = claimed.isEmpty() ? idleRounds + 1 : 0;
            for (ClaimedWork work : claimed) {
                String other = holders.putIfAbsent(work.key(), owner);
                if (other != null) {
                    overlaps.add(work.key() + " claimed by " + owner + " while " + other + " held it");
                    continue;
                }
                Thread.onSpinWait();
                // Let go in memory first: until complete commits, the database still holds the claim.
                holders.remove(work.key(), owner);
                adapter.complete(work, T0);
                completions.computeIfAbsent(work.key(), key -> new AtomicInteger()).incrementAndGet();
            }
            if (claimed.isEmpty()) {
                Thread.yield();
            }
        }
    }
}
