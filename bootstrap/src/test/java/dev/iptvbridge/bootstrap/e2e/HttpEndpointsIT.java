package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.persistence.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's HTTP contract, as PortaBilling, Prometheus and an operator see it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpEndpointsIT {

    @TempDir
    static Path data;
    static SandboxWorld world;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        world = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of("maintenance.sweepInterval", "0s",
                "webhook.maxBodyBytes", "2048")));
        world.billing().espf().pause();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    @Order(1)
    void an_event_is_stored_once_and_the_same_i_event_again_changes_nothing() throws Exception {
        String event = "{\"event_type\": \"Subscriber/Updated\", \"variables\": {\"i_event\": 900001, \"i_account\": \"1000889\", \"i_env\": 3}}";

        HttpResponse<String> first = post(event, webhookAuth());
        HttpResponse<String> again = post(event, webhookAuth());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"stored\"");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"duplicate\"");
    }

    @Test
    @Order(2)
    void requests_that_can_never_succeed_get_4xx() throws Exception {
        String event = "{\"event_type\": \"Subscriber/Updated\", \"variables\": {\"i_event\": 900002, \"i_account\": 1000889}}";

        assertThat(post(event, "Basic " + base64("espf:wrong")).statusCode()).isEqualTo(401);
        assertThat(post(event, null).statusCode()).isEqualTo(401);
        assertThat(post("{\"event_type\": ", webhookAuth()).statusCode()).isEqualTo(400);
        assertThat(post("{\"event_type\": \"Subscriber/Updated\", \"variables\": {\"i_event\": 5}}", webhookAuth())
                .statusCode()).isEqualTo(400);
        assertThat(post("{\"pad\": \"" + "x".repeat(4096) + "\"}", webhookAuth()).statusCode()).isEqualTo(413);
    }

    @Test
    @Order(3)
    void an_event_of_another_environment_is_answered_200_and_ignored() throws Exception {
        HttpResponse<String> response = post("{\"event_type\": \"Subscriber/Updated\", \"variables\": "
                + "{\"i_event\": 900003, \"i_account\": 1000889, \"i_env\": 99}}", webhookAuth());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("other_environment");
    }

    @Test
    @Order(3)
    void an_event_whose_type_holds_a_nul_byte_is_stored_and_answered_200() throws Exception {
        String event = "{\"event_type\": \"Subscriber/\\u0000Updated\", \"variables\": "
                + "{\"i_event\": 900005, \"i_account\": 1000889, \"i_env\": 3}}";

        HttpResponse<String> first = post(event, webhookAuth());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"stored\"");
        assertThat(post(event, webhookAuth()).body()).contains("\"duplicate\"");
    }

    @Test
    @Order(3)
    void the_same_i_event_without_an_environment_is_another_event() throws Exception {
        HttpResponse<String> response = post("{\"event_type\": \"Subscriber/Updated\", \"variables\": "
                + "{\"i_event\": 900001, \"i_account\": 1000889}}", webhookAuth());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"stored\"");
    }

    @Test
    @Order(4)
    void health_metrics_and_the_explain_view_answer() throws Exception {
        assertThat(get("/health/live", null).statusCode()).isEqualTo(200);
        assertThat(get("/health/ready", null).body()).contains("\"status\" : \"UP\"", "\"checks\"", "\"minerva\"",
                "\"portabilling\"", "\"database\"", "\"workers\"").doesNotContain("DEGRADED", "DOWN");
        String metrics = get("/metrics", null).body();
        assertThat(metrics).contains("iptv_bridge_events_received_total{outcome=\"stored\"}",
                "iptv_bridge_events_received_total{outcome=\"unauthorized\"}", "iptv_bridge_queue_entries",
                "iptv_bridge_minerva_call_seconds", "iptv_bridge_status_reports_pending",
                "iptv_bridge_status_reports_oldest_age_seconds");

        assertThat(get("/accounts/1000889", null).statusCode()).isEqualTo(401);
        HttpResponse<String> explained = get("/accounts/1000889", "Basic " + base64("admin:admin-secret"));
        assertThat(explained.statusCode()).isEqualTo(200);
        assertThat(explained.body()).contains("\"desired\"", "\"observed\"", "\"plan\"", "alice@tv.example")
                .doesNotContain("secret");
    }

    @Test
    @Order(5)
    void an_event_that_cannot_be_stored_is_answered_503_so_that_portabilling_sends_it_again() throws Exception {
        world.bridge().use(Database.class).close();

        HttpResponse<String> response = post("{\"event_type\": \"Subscriber/Updated\", \"variables\": "
                + "{\"i_event\": 900004, \"i_account\": 1000889}}", webhookAuth());

        assertThat(response.statusCode()).isEqualTo(503);
        HttpResponse<String> ready = get("/health/ready", null);
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("\"status\" : \"DOWN\"", "unreachable or not migrated");
    }

    private static HttpResponse<String> post(String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/espf/events"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + world.httpPort() + path);
    }

    private static String webhookAuth() {
        return "Basic " + base64("espf:espf-secret");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
