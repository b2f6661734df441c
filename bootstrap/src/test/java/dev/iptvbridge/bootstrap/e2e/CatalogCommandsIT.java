package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog import} and {@code catalog check} against the two simulators with the demo world. */
class CatalogCommandsIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    PortaBillingSimulator billing;
    MinervaSimulator minerva;
    Path config;

    @BeforeEach
    void simulators() throws Exception {
        billing = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults().withPort(0));
        minerva = MinervaSimulator.start(MinervaSimulatorSettings.defaults().withPort(0));
        try (InputStream scenario = getClass().getResourceAsStream("/scenarios/demo.yaml")) {
            minerva.loadScenario(scenario);
        }
        try (InputStream scenario = getClass().getResourceAsStream("/scenarios/demo.yaml")) {
            billing.loadScenario(scenario);
        }
        config = SandboxConfiguration.write(data, 0, billing.baseUrl(), minerva.baseUrl(), Map.of());
    }

    @AfterEach
    void stop() {
        billing.close();
        minerva.close();
    }

    private Path catalog(String yaml) throws Exception {
        return Files.writeString(config.resolveSibling("catalog.yaml"), yaml);
    }

    @Test
    void import_writes_every_package_and_product_to_fill_in_and_never_overwrites_without_force() throws Exception {
        Path draft = data.resolve("draft.yaml");

        Cli imported = Cli.run("catalog", "import", "--config", config.toString(), "--output", draft.toString());

        assertThat(imported.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(imported.out()).contains("5 Minerva package(s), 3 main product(s) and 1 add-on(s)");
        String written = Files.readString(draft);
        assertThat(written).contains("CH-BASIC      # CHANNEL: Basic channels", "SVOD-CATALOG  # SVOD: VOD catalog",
                "CALLER-ID     # CALLER_ID: Caller ID on TV", "\"101\": []   # TV Basic", "\"103\": []   # Voice Only");
        assertThat(written.substring(written.indexOf("addons:"))).contains("\"201\": []   # Sports pack")
                .doesNotContain("TV Basic");

        Files.writeString(draft, "# mine\n");
        Cli again = Cli.run("catalog", "import", "--config", config.toString(), "--output", draft.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(again.err()).contains("exists and was left as it is", "--force");
        assertThat(Files.readString(draft)).isEqualTo("# mine\n");

        Cli forced = Cli.run("catalog", "import", "--config", config.toString(), "--output", draft.toString(), "--force");
        assertThat(forced.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(draft)).isEqualTo(written);
    }

    @Test
    void an_imported_catalog_loads_and_checks_with_warnings_only() throws Exception {
        Files.delete(config.resolveSibling("catalog.yaml"));
        assertThat(Cli.run("catalog", "import", "--config", config.toString()).exitCode()).isEqualTo(ExitCodes.OK);

        Cli check = Cli.run("catalog", "check", "--config", config.toString(), "--format", "json");

        assertThat(check.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode findings = JSON.readTree(check.out());
        assertThat(findings.get("errors")).isEmpty();
        assertThat(texts(findings.get("warnings"), "message")).contains(
                "product 101 'TV Basic' sounds like TV but carries no service package",
                "add-on 201 'Sports pack' sounds like TV but carries no service package",
                "Minerva package 'CH-KIDS' (CHANNEL, Kids channels) is in no service package, so no account gets it");
    }

    @Test
    void the_sandbox_catalog_fits_the_demo_world() {
        Cli check = Cli.run("catalog", "check", "--config", config.toString());

        assertThat(check.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(check.out()).contains("fits Minerva and PortaBilling: no error, no warning");
    }

    @Test
    void every_kind_of_error_exits_3_with_its_line_the_problem_and_the_fix() throws Exception {
        catalog("""
                servicePackages:
                  basic:  {minervaPackages: [CH-BASIC]}
                  family:
                    minervaPackages:
                      - CH-BASIC
                      - CH-FAMILY-TYPO
                      - SVOD-CATALOG
                      - CALLER-ID
                      - CH-KIDS
                  sports: {minervaPackages: [CH-SPORTS]}
                products:
                  "101": [basic]
                  "201": [sports]
                  "777": [family]
                addons:
                  "102": [family]
                """);

        Cli check = Cli.run("catalog", "check", "--config", config.toString(), "--format", "json");

        assertThat(check.exitCode()).isEqualTo(ExitCodes.CONFIG);
        JsonNode errors = JSON.readTree(check.out()).get("errors");
        assertThat(texts(errors, "line")).containsExactly("6", "13", "14", "16");
        assertThat(errors.get(0).get("message").asText()).contains("'CH-FAMILY-TYPO'", "Minerva does not have");
        assertThat(errors.get(0).get("fix").asText()).contains("create the package in Minerva");
        assertThat(errors.get(1).get("message").asText()).contains("201 'Sports pack' is an add-on");
        assertThat(errors.get(1).get("fix").asText()).startsWith("move it under addons");
        assertThat(errors.get(2).get("message").asText()).isEqualTo("billing has no product 777");
        assertThat(errors.get(3).get("fix").asText()).startsWith("move it under products");

        Cli text = Cli.run("catalog", "check", "--config", config.toString());
        assertThat(text.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(text.out()).contains("catalog.yaml:6: error: service package 'family' names Minerva package "
                + "'CH-FAMILY-TYPO'", "4 error(s)", "refuses it");
    }

    @Test
    void every_kind_of_warning_exits_0() throws Exception {
        catalog("""
                servicePackages:
                  basic:  {minervaPackages: [CH-BASIC, SVOD-CATALOG, CALLER-ID, CH-SPORTS]}
                  spare:  {minervaPackages: [CH-BASIC]}
                products:
                  "101": [basic]
                  "102": []
                addons:
                  "201": [basic]
                """);

        Cli check = Cli.run("catalog", "check", "--config", config.toString(), "--format", "json");

        assertThat(check.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode warnings = JSON.readTree(check.out()).get("warnings");
        assertThat(texts(warnings, "message")).containsExactly(
                "Minerva package 'CH-KIDS' (CHANNEL, Kids channels) is in no service package, so no account gets it",
                "service package 'spare' is carried by no product and no add-on",
                "product 102 'TV Family' sounds like TV but carries no service package");
        assertThat(texts(warnings, "line")).containsExactly("1", "3", "6");
    }

    @Test
    void a_minerva_that_cannot_be_reached_exits_1_and_checks_nothing() {
        minerva.close();

        Cli check = Cli.run("catalog", "check", "--config", config.toString());

        assertThat(check.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(check.err()).contains("Minerva");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }
}
