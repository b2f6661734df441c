package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.ReportedStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PortaBilling's status API is down while accounts change: the reports wait in the outbox, newer
 * outcomes replace older ones, and once the API is back every account shows its last outcome.
 */
class StatusReportsEndToEndIT {

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
    void after_an_outage_of_the_status_api_every_account_shows_its_last_outcome() {
        world = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of("maintenance.sweepInterval", "0s",
                "retry.baseDelay", "100ms", "retry.maxDelay", "1s")));
        PortaBillingSimulator billing = world.billing();
        StatusOutboxPort outbox = world.bridge().use(StatusOutboxPort.class);
        // The scenario's own accounts are reconciled at start; their reports go out first.
        E2e.awaitQuiet(billing, world.bridge(), E2e.PATIENCE);
        await().atMost(E2e.PATIENCE).until(() -> outbox.pendingStats().pending() == 0);
        billing.failStatusReports(503);

        List<Long> enabled = new ArrayList<>();
        List<Long> blocked = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long id = billing.addAccount(account("outage" + i + "@tv.example", 5001 + i % 3, 101));
            (i % 3 == 0 ? blocked : enabled).add(id);
        }
        E2e.awaitQuiet(billing, world.bridge(), E2e.PATIENCE);
        // Every report was tried and refused at least once; then a newer outcome replaces some.
        await().atMost(E2e.PATIENCE).until(() -> billing.refusedStatusReports() >= 12);
        blocked.forEach(id -> billing.updateAccount(id, Map.of("blocked", "Y")));
        E2e.awaitQuiet(billing, world.bridge(), E2e.PATIENCE);

        assertThat(outbox.pendingStats().pending()).as("one report per account, the newest").isEqualTo(12);
        enabled.forEach(id -> assertThat(billing.provisioningStatus(id, "IPTV")).as("account %d", id).isEmpty());

        billing.failStatusReports(0);

        await().atMost(E2e.PATIENCE).until(() -> outbox.pendingStats().pending() == 0);
        enabled.forEach(id -> assertThat(billing.provisioningStatus(id, "IPTV")).as("account %d", id)
                .hasValueSatisfying(status -> assertShows(status, "OK", "enabled with")));
        blocked.forEach(id -> assertThat(billing.provisioningStatus(id, "IPTV")).as("account %d", id)
                .hasValueSatisfying(status -> assertShows(status, "OK", "disabled, keeping")));
        String metrics = world.bridge().use(io.micrometer.prometheusmetrics.PrometheusMeterRegistry.class).scrape();
        assertThat(metrics).contains("iptv_bridge_status_reports_pending");
    }

    private static void assertShows(ReportedStatus status, String expected, String messageStart) {
        assertThat(status.status()).isEqualTo(expected);
        assertThat(status.message()).startsWith(messageStart);
    }
}
