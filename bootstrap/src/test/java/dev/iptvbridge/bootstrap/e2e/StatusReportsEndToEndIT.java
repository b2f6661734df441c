package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.out.PendingStatusReport;
import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.ReportedStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PortaBilling's status API is down while accounts change: the reports wait in the outbox, newer
 * outcomes replace older ones, and once the API is back every account shows its last outcome. A
 * report lost to a crash is made good by the account's next reconcile.
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

    @Test
    void a_report_lost_to_a_crash_is_made_good_by_the_accounts_next_reconcile() {
        world = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of("maintenance.sweepInterval", "0s",
                "retry.baseDelay", "100ms", "retry.maxDelay", "1s")));
        PortaBillingSimulator billing = world.billing();
        StatusOutboxPort outbox = world.bridge().use(StatusOutboxPort.class);
        E2e.awaitQuiet(billing, world.bridge(), E2e.PATIENCE);
        await().atMost(E2e.PATIENCE).until(() -> outbox.pendingStats().pending() == 0);
        long refusedBefore = billing.refusedStatusReports();
        billing.failStatusReports(503);

        long id = billing.addAccount(account("crash@tv.example", 5001, 101));
        E2e.awaitQuiet(billing, world.bridge(), E2e.PATIENCE);
        await().atMost(E2e.PATIENCE).until(() -> billing.refusedStatusReports() > refusedBefore);
        // The daemon dies with Minerva changed and the report not yet in the outbox: the row is gone.
        List<PendingStatusReport> lost = new ArrayList<>();
        await().atMost(E2e.PATIENCE).until(() -> {
            lost.addAll(outbox.claimDue("crash", 10, Instant.now(), Duration.ofMinutes(1)));
            return !lost.isEmpty();
        });
        lost.forEach(outbox::discard);
        assertThat(lost).extracting(PendingStatusReport::accountId).containsExactly(id);
        billing.failStatusReports(0);
        assertThat(billing.provisioningStatus(id, "IPTV")).as("the report was lost").isEmpty();

        // The account's work comes back after the crash; Minerva is in step, PortaBilling is not.
        world.bridge().use(WorkQueuePort.class).enqueue(WorkKey.account(id), Instant.now());

        await().atMost(E2e.PATIENCE).until(() -> billing.provisioningStatus(id, "IPTV").isPresent());
        assertThat(billing.provisioningStatus(id, "IPTV"))
                .hasValueSatisfying(status -> assertShows(status, "OK", "enabled with"));
        E2e.awaitQuiet(billing, world.bridge(), E2e.PATIENCE);
        assertThat(outbox.pendingStats().pending()).isZero();
    }

    private static void assertShows(ReportedStatus status, String expected, String messageStart) {
        assertThat(status.status()).isEqualTo(expected);
        assertThat(status.message()).startsWith(messageStart);
    }
}
