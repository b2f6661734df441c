package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.FAMILY;
import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.minerva.MinervaOperation;
import dev.iptvbridge.sandbox.minerva.SimCustomer;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The world as it is: PortaBilling duplicating and reordering deliveries, Minerva failing 30% of
 * calls and timing out after applying changes. In the end every account is right in Minerva.
 */
class UnreliableDeliveryEndToEndIT {

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
    void duplicated_reordered_deliveries_and_a_failing_minerva_still_end_with_every_account_right() {
        world = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of(
                "maintenance.sweepInterval", "0s", "minerva.readTimeout", "1s",
                "retry.baseDelay", "100ms", "retry.maxDelay", "1s", "retry.maxAttempts", "50")));
        PortaBillingSimulator billing = world.billing();
        billing.espf().duplicateFraction(0.5, 42);
        billing.espf().reorder(true);
        billing.espf().delay(Duration.ZERO, Duration.ofMillis(30));
        world.minerva().faults().failFraction(503, 0.3, 7);
        world.minerva().faults().timeoutNext(MinervaOperation.CREATE, Duration.ofMillis(1500), true, 3);
        world.minerva().faults().timeoutNext(MinervaOperation.STATUS, Duration.ofMillis(1500), true, 3);

        List<Long> enabled = new ArrayList<>();
        List<Long> blocked = new ArrayList<>();
        List<Long> terminated = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long id = billing.addAccount(account("unreliable" + i + "@tv.example", 5001 + i % 3, 101));
            billing.updateAccount(id, Map.of("i_product", 102));
            if (i % 3 == 0) {
                billing.updateAccount(id, Map.of("blocked", "Y"));
                blocked.add(id);
            } else if (i % 3 == 1) {
                billing.terminateAccount(id);
                terminated.add(id);
            } else {
                enabled.add(id);
            }
        }

        E2e.awaitQuiet(billing, world.bridge(), Duration.ofSeconds(90));

        enabled.forEach(id -> assertThat(E2e.customer(world.minerva(), id)).as("account %d", id)
                .hasValueSatisfying(customer -> assertEnabledFamily(customer)));
        terminated.forEach(id -> assertThat(E2e.customer(world.minerva(), id)).as("account %d", id).isEmpty());
        blocked.forEach(id -> assertThat(E2e.customer(world.minerva(), id).map(SimCustomer::status))
                .as("account %d", id).isIn(Optional.of("DISABLED"), Optional.empty()));
        assertThat(world.minerva().journal()).as("Minerva did fail some calls").anyMatch(entry -> entry.status() == 503);
    }

    private static void assertEnabledFamily(SimCustomer customer) {
        assertThat(customer.status()).isEqualTo("ENABLED");
        assertThat(customer.packages()).containsExactlyElementsOf(FAMILY);
    }
}
