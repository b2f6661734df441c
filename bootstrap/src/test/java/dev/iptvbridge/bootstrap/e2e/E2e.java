package dev.iptvbridge.bootstrap.e2e;

import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.bootstrap.IptvBridge;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.SimCustomer;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** What the end-to-end tests share: making accounts, and waiting for Minerva or the queue. */
final class E2e {

    // A bound, not a timing: conditions usually hold within seconds, but a shared machine under load can stall for long.
    static final Duration PATIENCE = Duration.ofSeconds(120);
    static final List<String> BASIC = List.of("CH-BASIC");
    static final List<String> BASIC_AND_SPORTS = List.of("CH-BASIC", "CH-SPORTS");
    static final List<String> FAMILY = List.of("CALLER-ID", "CH-BASIC", "CH-KIDS", "SVOD-CATALOG");

    private E2e() {
    }

    static Map<String, Object> account(String id, long customer, long product) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", id);
        account.put("i_customer", customer);
        account.put("i_product", product);
        account.put("blocked", "N");
        account.put("bill_status", "O");
        return account;
    }

    static SimCustomer awaitCustomer(MinervaSimulator minerva, long account, Predicate<SimCustomer> condition) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(
                () -> minerva.customer(String.valueOf(account)).filter(condition).isPresent());
        return minerva.customer(String.valueOf(account)).orElseThrow();
    }

    static void awaitAbsent(MinervaSimulator minerva, long account) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(
                () -> minerva.customer(String.valueOf(account)).isEmpty());
    }

    static Predicate<SimCustomer> enabledWith(List<String> packages) {
        return customer -> "ENABLED".equals(customer.status()) && List.copyOf(customer.packages()).equals(packages);
    }

    static Predicate<SimCustomer> disabled() {
        return customer -> "DISABLED".equals(customer.status());
    }

    /** Every event delivered and every queue entry done: the bridge has nothing left to do. */
    static void awaitQuiet(PortaBillingSimulator billing, IptvBridge bridge, Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!billing.espf().awaitIdle(Duration.ZERO)) {
                return false;
            }
            QueueStats stats = bridge.use(WorkQueuePort.class).stats();
            return stats.queued() == 0 && stats.claimed() == 0;
        });
    }

    static Optional<SimCustomer> customer(MinervaSimulator minerva, long account) {
        return minerva.customer(String.valueOf(account));
    }
}
