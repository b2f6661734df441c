package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iptvbridge.application.port.out.StatusOutboxPort;
import dev.iptvbridge.bootstrap.cli.ExitCodes;
import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain} and {@code GET /accounts/{i_account}}: one JSON, a text form for people, and what the
 * bridge knows while Minerva or PortaBilling is down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplainWhileDownIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;
    static SandboxWorld world;

    @BeforeAll
    static void start() {
        world = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of("maintenance.sweepInterval", "0s")));
        E2e.awaitQuiet(world.billing(), world.bridge(), E2e.PATIENCE);
        await().atMost(E2e.PATIENCE).until(() -> world.bridge().use(StatusOutboxPort.class).pendingStats().pending() == 0);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    @Order(1)
    void explain_format_json_prints_exactly_what_the_http_view_answers() throws Exception {
        await().atMost(E2e.PATIENCE).untilAsserted(() -> {
            Cli cli = explain("1000890", "--format", "json");
            assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.OK);
            assertThat(JSON.readTree(cli.out())).isEqualTo(JSON.readTree(http("/accounts/1000890").body()));
        });
        JsonNode view = JSON.readTree(explain("1000890", "--format", "json").out());
        assertThat(view.get("i_account").asLong()).isEqualTo(1000890);
        assertThat(view.get("known").asBoolean()).isTrue();
        assertThat(view.get("unreadable").size()).isZero();
        assertThat(view.get("billing").get("id").asText()).isEqualTo("bob@tv.example");
        assertThat(view.get("observed").get("status").asText()).isEqualTo("ENABLED");
        assertThat(view.get("plan").size()).as("in step").isZero();
        assertThat(view.get("lastApplied").get("customer").get("login").asText()).isEqualTo("bob@tv.example");
        assertThat(view.get("recentAudit").size()).isPositive();
        assertThat(view.toString()).doesNotContain("secret", "Optional", "Enabled[");
    }

    @Test
    @Order(1)
    void the_default_text_form_is_for_people() {
        Cli cli = explain("1000889");

        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).startsWith("account 1000889: in step: Minerva holds alice@tv.example ENABLED with CH-BASIC, CH-SPORTS")
                .contains("billing", "desired      ENABLED as alice@tv.example with CH-BASIC, CH-SPORTS", "plan         nothing to do",
                        "queue", "last applied", "audit, newest first:")
                .doesNotContain("Optional", "Enabled[", "null", "secret");
    }

    @Test
    @Order(1)
    void an_account_nobody_knows_says_so_rather_than_terminated() throws Exception {
        Cli cli = explain("4242");
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("no account 4242 in billing and nothing in the bridge's records")
                .doesNotContainIgnoringCase("terminated");

        JsonNode view = JSON.readTree(http("/accounts/4242").body());
        assertThat(view.get("known").asBoolean()).isFalse();
        assertThat(view.get("summary").asText()).isEqualTo("no account 4242 in billing and nothing in the bridge's records");
        assertThat(view.toString()).doesNotContainIgnoringCase("terminated");
    }

    @Test
    @Order(2)
    void with_minerva_down_explain_shows_billing_and_the_bridges_records_and_names_minerva() throws Exception {
        world.minerva().faults().failFraction(503, 1.0, 1);
        try {
            Cli cli = explain("1000889", "--format", "json");
            assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.OK);
            for (JsonNode view : new JsonNode[] {JSON.readTree(cli.out()), JSON.readTree(http("/accounts/1000889").body())}) {
                assertThat(view.get("unreadable").has("minerva")).isTrue();
                assertThat(view.get("unreadable").has("portabilling")).isFalse();
                assertThat(view.get("summary").asText()).startsWith("Minerva could not be read; billing calls for it ENABLED");
                assertThat(view.get("billing").get("id").asText()).isEqualTo("alice@tv.example");
                assertThat(view.get("plan").isNull()).isTrue();
                assertThat(view.get("lastApplied").get("customer").get("status").asText()).isEqualTo("ENABLED");
                assertThat(view.get("recentAudit").size()).isPositive();
            }
            assertThat(explain("1000889").out()).contains("unreadable   minerva could not be read", "last applied")
                    .doesNotContain("null");
        } finally {
            world.minerva().faults().clear();
        }
    }

    @Test
    @Order(3)
    void with_portabilling_down_explain_shows_minerva_and_the_bridges_records_and_names_portabilling() throws Exception {
        world.billing().stop();

        Cli cli = explain("1000889", "--format", "json");
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.OK);
        HttpResponse<String> answer = http("/accounts/1000889");
        assertThat(answer.statusCode()).isEqualTo(200);
        for (JsonNode view : new JsonNode[] {JSON.readTree(cli.out()), JSON.readTree(answer.body())}) {
            assertThat(view.get("unreadable").has("portabilling")).isTrue();
            assertThat(view.get("summary").asText()).startsWith("billing could not be read; Minerva holds alice@tv.example ENABLED");
            assertThat(view.get("billing").isNull()).isTrue();
            assertThat(view.get("desired").isNull()).isTrue();
            assertThat(view.get("observed").get("packages").toString()).contains("CH-BASIC", "CH-SPORTS");
            assertThat(view.get("lastApplied").isNull()).isFalse();
            assertThat(view.get("recentAudit").size()).isPositive();
        }
        assertThat(explain("1000889").out()).contains("unreadable   portabilling could not be read", "minerva      alice@tv.example ENABLED")
                .doesNotContain("null");
    }

    private static Cli explain(String account, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "explain";
        args[1] = account;
        args[2] = "--config=" + world.configFile();
        System.arraycopy(more, 0, args, 3, more.length);
        return Cli.run(args);
    }

    private static HttpResponse<String> http(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + world.httpPort() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:admin-secret".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
