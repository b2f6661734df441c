package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.BASIC;
import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static dev.iptvbridge.bootstrap.e2e.E2e.enabledWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flaky Minerva, not a down one: 30 % of its calls answer 503. The adapter's retries absorb the
 * flakiness inside each reconcile, the breaker stays closed, and 1,000 new accounts are all right
 * within a minute of their last event, with none parked. Default retry and breaker settings.
 */
class FlakyMinervaEndToEndIT {

    private static final int ACCOUNTS = 1000;

    @TempDir
    Path data;
    SandboxWorld world;

    @AfterEach
    void stop() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void with_30_percent_of_minerva_calls_failing_1000_accounts_converge_within_a_minute_and_none_is_parked() {
        world = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of("maintenance.sweepInterval", "0s", "workers", "16")));
        PortaBillingSimulator billing = world.billing();
        WorkQueuePort queue = world.bridge().use(WorkQueuePort.class);
        world.minerva().faults().failFraction(503, 0.3, 7);

        List<Long> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.add(billing.addAccount(account("flaky" + i + "@tv.example", 5001 + i % 3, 101)));
        }
        // The minute runs from the events' arrival: first wait until PortaBilling has delivered them all.
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> billing.espf().awaitIdle(Duration.ZERO));

        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() -> accounts.stream()
                .allMatch(id -> E2e.customer(world.minerva(), id).filter(enabledWith(BASIC)).isPresent()));
        assertThat(queue.stats().parked()).isZero();
        assertThat(world.minerva().journal()).as("Minerva did fail calls").anyMatch(entry -> entry.status() == 503);
    }
}
