package dev.iptvbridge.bootstrap.soak;

import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes account changes in the PortaBilling simulator at a steady rate, each a real change (so each
 * emits an ESPF event): block or unblock, move between TV Basic, TV Family and Voice Only, add or
 * remove the Sports pack. The simulator holds the truth; this class only picks what to change.
 */
final class SoakLoad implements AutoCloseable {

    private static final List<Long> PRODUCTS = List.of(101L, 102L, 103L);

    private final PortaBillingSimulator billing;
    private final int accounts;
    private final Random random;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Set<Long> touched = ConcurrentHashMap.newKeySet();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    SoakLoad(PortaBillingSimulator billing, int accounts, long seed) {
        this.billing = billing;
        this.accounts = accounts;
        this.random = new Random(seed);
    }

    void start(int perSecond) {
        timer.scheduleAtFixedRate(this::changeOne, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
    }

    private void changeOne() {
        long account = SoakWorld.FIRST_ACCOUNT + random.nextInt(accounts);
        try {
            Map<String, Object> info = billing.account(account).orElseThrow();
            billing.updateAccount(account, change(info));
            touched.add(account);
            changes.incrementAndGet();
        } catch (RuntimeException failure) {
            // Counted and printed: a change the simulator refused is a bug of the harness, not of the bridge.
            failures.incrementAndGet();
        }
    }

    private Map<String, Object> change(Map<String, Object> info) {
        int kind = random.nextInt(10);
        if (kind < 4) {
            return Map.of("blocked", "Y".equals(info.get("blocked")) ? "N" : "Y");
        }
        if (kind < 7) {
            long product = ((Number) info.get("i_product")).longValue();
            List<Long> others = PRODUCTS.stream().filter(p -> p != product).toList();
            return Map.of("i_product", others.get(random.nextInt(others.size())));
        }
        List<?> addons = (List<?>) info.getOrDefault("assigned_addons", List.of());
        return Map.of("assigned_addons", addons.isEmpty()
                ? List.of(Map.of("i_product", 201, "addon_effective_from", "2026-01-01T00:00:00")) : List.of());
    }

    /** Accounts changed at least once: the ones the bridge heard of (the sweep is off). */
    Set<Long> touched() {
        return Set.copyOf(touched);
    }

    long changes() {
        return changes.get();
    }

    long failures() {
        return failures.get();
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.SECONDS);
    }
}
