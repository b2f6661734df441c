package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iptvbridge.bootstrap.cli.ExitCodes;
import dev.iptvbridge.bootstrap.demo.SandboxConfiguration;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's start-up catalog check, on the shaded jar: errors exit 3, unless {@code catalogCheck: warn}. */
class CatalogStartEndToEndIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    PortaBillingSimulator billing;
    MinervaSimulator minerva;
    Process daemon;
    // The line of the catalog that names the unknown package, as a person reading the file counts it.
    int badLine;

    @BeforeEach
    void simulators() throws Exception {
        billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults().withPort(0));
        minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults().withPort(0));
        try (InputStream scenario = getClass().getResourceAsStream("/scenarios/demo.yaml")) {
            minerva.loadScenario(scenario);
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

    private Path config(int port, Map<String, String> overrides) throws Exception {
        Path config = SandboxConfiguration.write(data, port, billing.baseUrl(), minerva.baseUrl(), overrides);
        Path catalog = config.resolveSibling("catalog.yaml");
        Files.writeString(catalog, Files.readString(catalog).replace("[CH-SPORTS]", "[CH-SPORTS, CH-NOT-IN-MINERVA]"));
        java.util.List<String> lines = Files.readAllLines(catalog);
        badLine = 1 + java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).contains("CH-NOT-IN-MINERVA")).findFirst().orElseThrow();
        return config;
    }

    @Test
    void a_catalog_with_errors_stops_the_start_with_exit_3_naming_the_line_and_the_fix() throws Exception {
        Path config = config(0, Map.of());

        BridgeJar.Exit exit = BridgeJar.run(Map.of(), data.resolve("refused.log"), "run", "--config", config.toString());

        assertThat(exit.code()).isEqualTo(ExitCodes.CONFIG);
        assertThat(exit.output()).contains("catalog.yaml:" + badLine + ": error: service package 'sports' names Minerva package "
                + "'CH-NOT-IN-MINERVA'", "Fix: correct the id", "catalogCheck: warn").doesNotContain("started 4 workers");
    }

    @Test
    void with_catalog_check_warn_it_starts_degraded_naming_the_catalog_error() throws Exception {
        int port = DaemonProcess.freePort();
        Path config = config(port, Map.of("catalogCheck", "warn"));

        daemon = BridgeJar.startDaemon(Map.of(), data.resolve("warn.log"), port, "run", "--config", config.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> BridgeJar.ready(port).statusCode() == 200);
        JsonNode body = JSON.readTree(BridgeJar.ready(port).body());
        assertThat(body.at("/status").asText()).isEqualTo("DEGRADED");
        assertThat(body.at("/checks/minerva/status").asText()).isEqualTo("UP");
        assertThat(body.at("/checks/catalog/status").asText()).isEqualTo("DOWN");
        assertThat(body.at("/checks/catalog/detail").asText()).contains("catalog.yaml:" + badLine, "'CH-NOT-IN-MINERVA'");
        assertThat(Files.readString(data.resolve("warn.log"))).contains("catalogCheck: warn", "CH-NOT-IN-MINERVA");
    }
}
