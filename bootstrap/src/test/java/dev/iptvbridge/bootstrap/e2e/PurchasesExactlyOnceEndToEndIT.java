package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.minerva.SimPurchaseEvent;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 2,000 purchases and 200 refunds while PortaBilling applies 10 % of the transactions and never
 * answers them, Minerva's feed answers some pages twice, and the daemon is killed with kill -9 twice:
 * PortaBilling's own record shows every purchase charged once and every refund credited once, and
 * the ledger parks the three planted bad purchases and nothing else.
 */
class PurchasesExactlyOnceEndToEndIT {

    @TempDir
    Path data;

    @Test
    void every_purchase_is_charged_and_every_refund_credited_exactly_once_through_timeouts_repeats_and_two_kills()
            throws Exception {
        try (MinervaSimulator minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults());
             PortaBillingSimulator billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults())) {
            billing.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            minerva.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
            List<Long> accounts = Purchases.accounts(billing, 20);
            List<SimPurchaseEvent> good = Purchases.buy(minerva, accounts, 2000, 10);
            Set<String> planted = Set.of(
                    minerva.recordPurchase("9999999", "VOD", "Nobody's film", "3.99", "USD").purchaseId(),
                    minerva.recordPurchase(String.valueOf(accounts.get(0)), "PPV", "Euro match", "5.00", "EUR").purchaseId(),
                    minerva.recordPurchase(String.valueOf(accounts.get(1)), "VOD", "Free?", "free", "USD").purchaseId());
            billing.chargeFaults().applyThenHang(10, Duration.ofMillis(500));
            minerva.repeatFeedPages(3);

            Map<String, String> keys = new HashMap<>(Purchases.settings());
            keys.putAll(Map.of("purchases.lease", "2s", "portabilling.connectTimeout", "250ms",
                    "portabilling.readTimeout", "250ms", "portabilling.breaker.window", "100"));
            int port = DaemonProcess.freePort();
            Path config = SandboxConfiguration.write(data, port, billing.baseUrl(), minerva.baseUrl(), keys);
            Path log = data.resolve("daemon.log");
            try {
                DaemonProcess daemon = DaemonProcess.start(config, port, log);
                // Bounds, not timings: a shared machine under load can stall for long.
                await().atMost(Duration.ofMinutes(5)).until(() -> billing.transactions().size() >= 500);
                daemon.kill();
                daemon = DaemonProcess.start(config, port, log);
                await().atMost(Duration.ofMinutes(5)).until(() -> billing.transactions().size() >= 1300);
                daemon.kill();
                daemon = DaemonProcess.start(config, port, log);
                await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
                        .until(() -> Purchases.byComment(billing).size() >= 2200 && settled(port));
                assertThat(daemon.terminate()).as("a clean stop on SIGTERM").isIn(0, 143);

                Purchases.assertExactlyOnce(billing, minerva, good);
                assertThat(billing.transactions()).hasSize(2200);
                assertThat(states(config)).isEqualTo(new TreeMap<>(Map.of("charged", 1800L, "refunded", 200L,
                        "parked", 3L)));
                assertThat(parked(config)).isEqualTo(new TreeSet<>(planted));
            } catch (AssertionError | RuntimeException failure) {
                Files.copy(log, Path.of("target", "failsafe-reports", "purchases-daemon.log"),
                        StandardCopyOption.REPLACE_EXISTING);
                throw failure;
            }
        }
    }

    /** The daemon's metrics say every event read is charged, credited or parked. */
    private static boolean settled(int port) throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Double> series = Scrape.parse(metrics.body());
        return series.getOrDefault("iptv_bridge_purchases_feed_lag", -1.0) == 0
                && series.getOrDefault("iptv_bridge_purchases_feed_read_seq", 0.0) >= 2203;
    }

    /** Entries per state, from {@code charges --format json}. */
    private static Map<String, Long> states(Path config) throws Exception {
        Map<String, Long> states = new TreeMap<>();
        for (JsonNode charge : charges(config, "--limit", "10000")) {
            states.merge(charge.path("state").asText(), 1L, Long::sum);
        }
        return states;
    }

    private static Set<String> parked(Path config) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (JsonNode charge : charges(config, "--state", "parked")) {
            assertThat(charge.path("reason").asText()).isNotBlank();
            ids.add(charge.path("purchaseId").asText());
        }
        return ids;
    }

    private static JsonNode charges(Path config, String... options) throws Exception {
        String[] args = new String[options.length + 5];
        args[0] = "charges";
        args[1] = "--config";
        args[2] = config.toString();
        args[3] = "--format";
        args[4] = "json";
        System.arraycopy(options, 0, args, 5, options.length);
        Cli cli = Cli.run(args);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return new ObjectMapper().readTree(cli.out());
    }
}
