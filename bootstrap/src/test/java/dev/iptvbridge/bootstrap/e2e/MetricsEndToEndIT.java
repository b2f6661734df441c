package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Prometheus scrapes from a running daemon, and the alert rules of docs/alerts.yml against it. */
class MetricsEndToEndIT {

    @TempDir
    static Path data;
    static SandboxWorld world;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        world = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of("maintenance.sweepInterval", "2s")));
        world.billing().espf().pause();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void every_counter_is_there_at_zero_from_the_start() throws Exception {
        Map<String, Double> scraped = Scrape.parse(get("/metrics"));

        assertThat(scraped).containsEntry("iptv_bridge_events_received_total{outcome=\"payload_too_large\"}", 0.0)
                .containsEntry("iptv_bridge_events_received_total{outcome=\"unavailable\"}", 0.0)
                .containsEntry("iptv_bridge_reconciles_total{outcome=\"failed\",transition=\"terminated\"}", 0.0)
                .containsKey("iptv_bridge_minerva_call_seconds_count{operation=\"delete\",status=\"ok\"}")
                .containsKey("iptv_bridge_portabilling_call_seconds_count{operation=\"report_status\",status=\"ok\"}");
    }

    @Test
    void remote_calls_and_event_lag_have_histogram_buckets() throws Exception {
        post("{\"event_type\": \"Subscriber/Updated\", \"variables\": {\"i_event\": 910001, \"i_account\": 1000889, "
                + "\"i_env\": 3}}");

        await().atMost(E2e.PATIENCE).pollInterval(Duration.ofMillis(200)).until(() ->
                Scrape.parse(get("/metrics")).getOrDefault("iptv_bridge_event_applied_lag_seconds_count", 0.0) >= 1);
        Map<String, Double> scraped = Scrape.parse(get("/metrics"));
        assertThat(scraped.keySet()).anyMatch(series("iptv_bridge_event_applied_lag_seconds_bucket", "le=\"0.5\""))
                .anyMatch(series("iptv_bridge_event_applied_lag_seconds_bucket", "le=\"+Inf\""))
                .anyMatch(series("iptv_bridge_minerva_call_seconds_bucket", "operation=\"read\"", "le=\"0.05\""))
                .anyMatch(series("iptv_bridge_portabilling_call_seconds_bucket", "operation=\"get_account_info\"",
                        "le=\"1.0\""));
    }

    @Test
    void jvm_process_pool_and_jetty_meters_and_the_last_sweep_are_scraped() throws Exception {
        await().atMost(E2e.PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> Scrape.parse(get("/metrics"))
                .getOrDefault("iptv_bridge_sweep_last_completed_timestamp_seconds", 0.0) > 0);
        Set<String> names = Scrape.names(get("/metrics"));

        assertThat(names).contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "process_cpu_usage",
                "process_uptime_seconds", "hikaricp_connections_active", "hikaricp_connections_pending",
                "jetty_requests_total", "jetty_responses_total", "jetty_threads_busy");
    }

    @Test
    void the_alert_rules_are_prometheus_rules_over_metrics_the_daemon_exports() throws Exception {
        JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(projectRoot().resolve("docs/alerts.yml")));
        Set<String> exported = Scrape.names(get("/metrics"));

        assertThat(rules.path("groups").isArray()).as("groups").isTrue();
        int count = 0;
        for (JsonNode group : rules.path("groups")) {
            assertThat(group.path("name").asText()).isNotBlank();
            for (JsonNode rule : group.path("rules")) {
                String alert = rule.path("alert").asText();
                assertThat(alert).as("alert name").matches("[A-Z][A-Za-z0-9]+");
                assertThat(rule.path("expr").asText()).as(alert + " expr").isNotBlank();
                assertThat(rule.path("for").asText()).as(alert + " for").matches("\\d+[smh]");
                assertThat(rule.path("labels").path("severity").asText()).as(alert + " severity")
                        .isIn("critical", "warning");
                assertThat(rule.path("annotations").path("summary").asText()).as(alert + " summary").isNotBlank();
                assertThat(PromQl.metricNames(rule.path("expr").asText())).as(alert + ": metrics in its expr")
                        .allSatisfy(name -> assertThat(exported).as("exported metrics").contains(name));
                count++;
            }
        }
        assertThat(count).isGreaterThanOrEqualTo(10);
    }

    private static java.util.function.Predicate<String> series(String name, String... labels) {
        return key -> key.startsWith(name + "{") && java.util.Arrays.stream(labels).allMatch(key::contains);
    }

    // Tests run in the module's directory; the project root is the first parent with docs/ and README.md.
    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (!(Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("README.md")))) {
            dir = dir.getParent();
            assertThat(dir).as("a parent directory with docs/ and README.md").isNotNull();
        }
        return dir;
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static void post(String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/espf/events"))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("espf:espf-secret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("\"stored\"");
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + world.httpPort() + path);
    }
}
