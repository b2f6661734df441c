package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iptvbridge.bootstrap.cli.ExitCodes;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start as an operator meets it, on the shaded jar: refused credentials and unusable values exit 3
 * naming the key or system and the fix; a system that cannot be reached leaves the daemon running and
 * DEGRADED until it answers; {@code --print-config} shows the configuration in force, secrets masked.
 */
class StartupEndToEndIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String WRONG_SECRET = "not-the-real-secret-42";

    @TempDir
    Path data;
    PortaBillingSimulator billing;
    MinervaSimulator minerva;
    Process daemon;

    @BeforeEach
    void simulators() throws Exception {
        billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults().withPort(0));
        minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults().withPort(0));
        try (InputStream scenario = getClass().getResourceAsStream("/scenarios/demo.yaml")) {
            minerva.loadScenario(scenario);
        }
        // The start checks the catalog against billing's products too.
        try (InputStream scenario = getClass().getResourceAsStream("/scenarios/demo.yaml")) {
            billing.loadScenario(scenario);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (daemon != null) {
            BridgeJar.stop(daemon);
        }
        billing.close();
        minerva.close();
    }

    @Test
    void refused_credentials_exit_3_naming_the_system_and_the_fix_and_never_the_password() throws Exception {
        Path config = config(0, minerva.baseUrl(), Map.of("minerva.password", WRONG_SECRET));

        BridgeJar.Exit minervaRefused = BridgeJar.run(Map.of(), data.resolve("minerva.log"), "run", "--config", config.toString());
        BridgeJar.Exit billingRefused = BridgeJar.run(Map.of("IPTV_BRIDGE_PORTABILLING_PASSWORD", WRONG_SECRET,
                "IPTV_BRIDGE_MINERVA_PASSWORD", MinervaSimulatorSettings.defaults().password()),
                data.resolve("billing.log"), "run", "--config", config.toString());

        assertThat(minervaRefused.code()).isEqualTo(ExitCodes.CONFIG);
        assertThat(minervaRefused.output()).contains("minerva at " + minerva.baseUrl() + " refused the bridge at start",
                "minerva.password", "IPTV_BRIDGE_MINERVA_PASSWORD").doesNotContain(WRONG_SECRET)
                .doesNotContain("started 4 workers");
        assertThat(billingRefused.code()).isEqualTo(ExitCodes.CONFIG);
        assertThat(billingRefused.output()).contains("portabilling at " + billing.baseUrl() + " refused the bridge at start",
                "IPTV_BRIDGE_PORTABILLING_PASSWORD").doesNotContain(WRONG_SECRET);
    }

    @Test
    void an_unreachable_minerva_starts_degraded_and_the_checks_see_it_and_the_catalog_come_back() throws Exception {
        int minervaPort = DaemonProcess.freePort();
        String minervaUrl = "http://127.0.0.1:" + minervaPort + MinervaSimulator.API_PATH;
        int port = DaemonProcess.freePort();
        Path config = config(port, minervaUrl, Map.of());
        Files.writeString(config.resolveSibling("catalog.yaml"), Files.readString(config.resolveSibling("catalog.yaml"))
                .replace("[CH-SPORTS]", "[CH-SPORTS, CH-NOT-IN-MINERVA]"));
        Path log = data.resolve("daemon.log");

        daemon = BridgeJar.startDaemon(Map.of(), log, port, "run", "--config", config.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> BridgeJar.ready(port).statusCode() == 200);
        HttpResponse<String> degraded = BridgeJar.ready(port);
        JsonNode body = JSON.readTree(degraded.body());
        assertThat(body.at("/status").asText()).isEqualTo("DEGRADED");
        assertThat(body.at("/checks/minerva/status").asText()).isEqualTo("DOWN");
        assertThat(body.at("/checks/minerva/url").asText()).isEqualTo(minervaUrl);
        assertThat(body.at("/checks/minerva/detail").asText()).contains("connection failed");
        assertThat(body.at("/checks/portabilling/status").asText()).isEqualTo("UP");
        assertThat(body.at("/checks/catalog/status").asText()).isEqualTo("DOWN");
        assertThat(body.at("/checks/catalog/detail").asText()).startsWith("not checked: ");
        assertThat(body.at("/checks/database/status").asText()).isEqualTo("UP");
        assertThat(body.at("/checks/workers/status").asText()).isEqualTo("UP");
        assertThat(degraded.body()).doesNotContain(MinervaSimulatorSettings.defaults().password(),
                PortaBillingSimulatorSettings.defaults().password());

        MinervaSimulator late = MinervaSimulator.start(MinervaSimulatorSettings.defaults().withPort(minervaPort));
        try (InputStream scenario = getClass().getResourceAsStream("/scenarios/demo.yaml")) {
            late.loadScenario(scenario);
            // Minerva's check and the catalog's may come back in different rounds: wait for both.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                JsonNode checks = JSON.readTree(BridgeJar.ready(port).body()).at("/checks");
                return checks.at("/minerva/status").asText().equals("UP")
                        && checks.at("/catalog/detail").asText().contains("'CH-NOT-IN-MINERVA'");
            });
            JsonNode back = JSON.readTree(BridgeJar.ready(port).body());
            assertThat(back.at("/status").asText()).isEqualTo("DEGRADED");
            assertThat(back.at("/checks/catalog/status").asText()).isEqualTo("DOWN");
            assertThat(back.at("/checks/catalog/detail").asText()).contains("'CH-NOT-IN-MINERVA'", "catalog.yaml:")
                    .doesNotContain("CH-SPORTS");
        } finally {
            BridgeJar.stop(daemon);
            daemon = null;
            late.close();
        }
        String output = Files.readString(log);
        assertThat(Pattern.compile("effective configuration").matcher(output).results().count()).isEqualTo(1);
        assertThat(output).contains("minerva:", "password: \"****\"", "lease: \"2m\"")
                .doesNotContain(MinervaSimulatorSettings.defaults().password(), SandboxWorld.WEBHOOK_PASSWORD);
    }

    @Test
    void unusable_values_exit_3_before_anything_starts_naming_the_key_the_variable_and_the_fix() throws Exception {
        Path config = config(0, minerva.baseUrl(), Map.of("retry.baseDelay", "5m", "retry.maxDelay", "1m"));

        BridgeJar.Exit exit = BridgeJar.run(Map.of("IPTV_BRIDGE_RETRY_LEASE", "0s", "IPTV_BRIDGE_MINERVA_PASWORD", "x",
                "IPTV_BRIDGE_MINERVA_MAX_CONCURRENCY", "5000"), data.resolve("values.log"), "run", "--config",
                config.toString());

        assertThat(exit.code()).isEqualTo(ExitCodes.CONFIG);
        assertThat(exit.output()).contains(
                "retry.lease (from IPTV_BRIDGE_RETRY_LEASE) must be longer than 0",
                "retry.baseDelay 5m is longer than retry.maxDelay 1m",
                "unknown environment variable IPTV_BRIDGE_MINERVA_PASWORD (did you mean IPTV_BRIDGE_MINERVA_PASSWORD?)",
                "minerva.maxConcurrency (from IPTV_BRIDGE_MINERVA_MAX_CONCURRENCY) must be at most 1024")
                .doesNotContain("IllegalArgumentException", "database ready");
    }

    @Test
    void a_port_in_use_exits_3_before_any_worker_starts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            Path config = config(taken.getLocalPort(), minerva.baseUrl(), Map.of());

            BridgeJar.Exit exit = BridgeJar.run(Map.of(), data.resolve("port.log"), "run", "--config", config.toString());

            assertThat(exit.code()).isEqualTo(ExitCodes.CONFIG);
            assertThat(exit.output()).contains("http.port " + taken.getLocalPort(), "already in use",
                    "IPTV_BRIDGE_HTTP_PORT").doesNotContain("started 4 workers");
        }
    }

    @Test
    void print_config_prints_the_effective_configuration_with_secrets_masked_and_exits() throws Exception {
        Path config = config(0, minerva.baseUrl(), Map.of());

        BridgeJar.Exit exit = BridgeJar.run(Map.of("IPTV_BRIDGE_WORKERS", "7"), data.resolve("print.log"), "run",
                "--config", config.toString(), "--print-config=json");

        assertThat(exit.code()).isEqualTo(ExitCodes.OK);
        JsonNode printed = JSON.readTree(exit.output().substring(exit.output().indexOf('{')));
        assertThat(printed.at("/workers").asInt()).isEqualTo(7);
        assertThat(printed.at("/minerva/url").asText()).isEqualTo(minerva.baseUrl());
        assertThat(printed.at("/minerva/password").asText()).isEqualTo("****");
        assertThat(printed.at("/webhook/password").asText()).isEqualTo("****");
        assertThat(printed.at("/retry/lease").asText()).isEqualTo("2m");
        assertThat(exit.output()).doesNotContain(MinervaSimulatorSettings.defaults().password(),
                SandboxWorld.WEBHOOK_PASSWORD, "database ready");
    }

    private Path config(int httpPort, String minervaUrl, Map<String, String> overrides) {
        return SandboxConfiguration.write(data, httpPort, billing.baseUrl(), minervaUrl, overrides);
    }
}
