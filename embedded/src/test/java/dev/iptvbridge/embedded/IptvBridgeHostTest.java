package dev.iptvbridge.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.iptvbridge.embedded.config.BridgeConfig;
import dev.iptvbridge.embedded.config.ConfigLoader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The face as a host uses it, on H2, without the remote systems: ESPF in and out, health, the host's pool kept. */
class IptvBridgeHostTest {

    static final String EVENT = "{\"event_type\": \"Subscriber/Updated\", \"variables\": {\"i_event\": 77, \"i_account\": 1000889}}";

    @TempDir
    Path directory;
    BridgeConfig config;

    @BeforeEach
    void configuration() throws IOException {
        Files.writeString(directory.resolve("catalog.yaml"), """
                servicePackages:
                  basic: {minervaPackages: [CH-BASIC]}
                products: {"101": [basic]}
                """);
        Map<String, String> keys = new HashMap<>(Map.of("webhook.username", "espf", "webhook.password", "hook-secret",
                "admin.username", "admin", "admin.password", "unused", "portabilling.url", "http://127.0.0.1:1",
                "portabilling.login", "bridge", "portabilling.password", "pb-secret", "minerva.url",
                "http://127.0.0.1:2/api", "minerva.username", "bridge", "minerva.password", "mv-secret"));
        keys.put("catalog", "catalog.yaml");
        keys.put("database.url", "jdbc:h2:file:" + directory.resolve("bridge").toAbsolutePath());
        config = ConfigLoader.fromValues(keys, Map.of(), directory);
    }

    @Test
    void an_event_is_stored_once_and_answered_as_json_and_the_meters_go_to_the_hosts_registry() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (IptvBridgeHost bridge = IptvBridgeHost.builder().config(config).meterRegistry(registry).build()) {
            bridge.migrate();

            EspfHttpResponse first = bridge.handleEspf(request(EVENT, "espf:hook-secret"));
            EspfHttpResponse again = bridge.handleEspf(request(EVENT, "espf:hook-secret"));

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.contentType()).isEqualTo("application/json");
            assertThat(first.body()).contains("\"result\":\"stored\"", "\"i_event\":77");
            assertThat(again.body()).contains("\"duplicate\"");
            assertThat(registry.find("iptv_bridge_events_received_total").tag("outcome", "stored").counter())
                    .isNotNull();
        }
    }

    @Test
    void the_service_history_reads_as_the_daemons_json_and_a_wrong_date_is_named() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (IptvBridgeHost bridge = IptvBridgeHost.builder().config(config).meterRegistry(registry).build()) {
            bridge.migrate();

            assertThat(bridge.history(1000889, "2026-11-01", "2026-12-01")).contains("\"account\" : 1000889",
                    "\"from\" : \"2026-11-01T00:00:00Z\"", "\"to\" : \"2026-12-01T00:00:00Z\"", "\"periods\" : [ ]");
            assertThatThrownBy(() -> bridge.history(1000889, "yesterday", null)).isInstanceOf(IptvBridgeException.class)
                    .hasMessageContaining("'yesterday' is not a from date");
            assertThat(registry.find("iptv_bridge_revenue_findings").tag("kind", "servedNotCharged").gauge())
                    .as("at 0 until the first revenue check").isNotNull();
        }
    }

    @Test
    void requests_that_can_never_succeed_get_4xx_and_nothing_is_thrown() {
        try (IptvBridgeHost bridge = IptvBridgeHost.builder().config(config).build()) {
            bridge.migrate();

            assertThat(bridge.handleEspf(request(EVENT, "espf:wrong")).status()).isEqualTo(401);
            assertThat(bridge.handleEspf(new EspfHttpRequest(null, null, null)).status()).isEqualTo(401);
            assertThat(bridge.handleEspf(request("{\"event_type\": ", "espf:hook-secret")).status()).isEqualTo(400);
            assertThat(bridge.handleEspf(null).status()).isEqualTo(400);
        }
    }

    @Test
    void header_names_are_matched_without_regard_to_case_and_the_first_of_several_values_counts() {
        try (IptvBridgeHost bridge = IptvBridgeHost.builder().config(config).build()) {
            bridge.migrate();
            EspfHttpRequest request = EspfHttpRequest.ofMultiValued(Map.of("AUTHORIZATION",
                    List.of(basic("espf:hook-secret"), basic("espf:wrong"))), EVENT.getBytes(StandardCharsets.UTF_8), "10.0.0.1");

            assertThat(bridge.handleEspf(request).status()).isEqualTo(200);
            assertThat(request.toString()).doesNotContain("hook-secret");
        }
    }

    @Test
    void an_event_that_cannot_be_stored_is_answered_503_with_retry_after() {
        try (IptvBridgeHost bridge = IptvBridgeHost.builder().config(config).build()) {
            // Not migrated: there is no table to store the event in.
            EspfHttpResponse response = bridge.handleEspf(request(EVENT, "espf:hook-secret"));

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.headers()).containsEntry("Retry-After", "5");
            assertThat(bridge.health().databaseReady()).isFalse();
        }
    }

    @Test
    void over_the_hosts_pool_the_bridge_works_and_leaves_the_pool_open() {
        try (HikariDataSource hostPool = new HikariDataSource()) {
            hostPool.setJdbcUrl("jdbc:h2:mem:host;DB_CLOSE_DELAY=-1");
            try (IptvBridgeHost bridge = IptvBridgeHost.builder().config(config).dataSource(hostPool).build()) {
                bridge.migrate();
                assertThat(bridge.handleEspf(request(EVENT, "espf:hook-secret")).status()).isEqualTo(200);
                assertThat(bridge.health()).isEqualTo(new BridgeHealth(true, false, Map.of()));
            }
            assertThat(hostPool.isClosed()).isFalse();
            assertThat(Files.exists(directory.resolve("bridge.mv.db"))).as("database.url unused").isFalse();
        }
    }

    @Test
    void a_failed_call_names_what_failed_without_the_internal_exception_type_in_the_signature() {
        try (IptvBridgeHost bridge = IptvBridgeHost.builder().config(config).build()) {
            // Not migrated: the bridge's own records cannot be read.
            assertThatThrownBy(() -> bridge.explain(1000889)).isInstanceOf(IptvBridgeException.class)
                    .hasMessageContaining("could not explain account 1000889");
        }
    }

    @Test
    void explain_with_billing_and_minerva_down_shows_what_the_bridge_knows_and_names_both() {
        try (IptvBridgeHost bridge = IptvBridgeHost.builder().config(config).build()) {
            bridge.migrate();

            ExplainedAccount explained = bridge.explain(1000889);

            assertThat(explained.desiredState()).isEqualTo("UNKNOWN");
            assertThat(explained.plan()).isEmpty();
            assertThat(explained.details().get("unreadable")).asString().contains("portabilling", "minerva");
            assertThat(explained.details()).containsEntry("recentAudit", java.util.List.of())
                    .containsKeys("queue", "lastApplied", "summary");
        }
    }

    @Test
    void workers_start_while_billing_and_minerva_cannot_be_reached_and_health_names_both() {
        try (IptvBridgeHost bridge = IptvBridgeHost.builder().config(config).build()) {
            bridge.startWorkers();

            BridgeHealth health = bridge.health();

            assertThat(health.up()).as("events are still stored and wait").isTrue();
            assertThat(health.degraded()).containsOnlyKeys("portabilling", "minerva", "catalog");
            assertThat(health.degraded().get("catalog")).startsWith("not checked: ");
            assertThat(health.degraded().get("minerva")).contains("check failed", "http://127.0.0.1:2/api")
                    .doesNotContain("pb-secret");
            bridge.stopWorkers();
        }
    }

    @Test
    void building_without_a_configuration_says_what_to_call() {
        assertThatThrownBy(() -> IptvBridgeHost.builder().build()).hasMessageContaining("config(BridgeConfig)");
    }

    private static EspfHttpRequest request(String body, String credentials) {
        return new EspfHttpRequest(Map.of("authorization", basic(credentials)), body.getBytes(StandardCharsets.UTF_8),
                "127.0.0.1");
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
