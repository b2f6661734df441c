package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.BASIC;
import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static dev.iptvbridge.bootstrap.e2e.E2e.awaitAbsent;
import static dev.iptvbridge.bootstrap.e2e.E2e.awaitCustomer;
import static dev.iptvbridge.bootstrap.e2e.E2e.disabled;
import static dev.iptvbridge.bootstrap.e2e.E2e.enabledWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iptvbridge.application.port.in.PurgeAuditLogUseCase;
import dev.iptvbridge.application.port.out.AuditLogPort;
import dev.iptvbridge.bootstrap.cli.ExitCodes;
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
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes on the bill, through the simulators: service history of an account created, blocked and
 * terminated in PortaBilling, read back over HTTP and from the command line, before and after the audit
 * log is purged; and the revenue check, from the command line and into the daemon's metrics.
 */
class BillingEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;
    static SandboxWorld world;

    @BeforeAll
    static void start() {
        world = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of("maintenance.sweepInterval", "0s",
                "maintenance.revenueCheckInterval", "2s")));
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void an_accounts_life_reads_back_period_by_period_and_outlives_the_audit_purge() throws Exception {
        long id = world.billing().addAccount(account("history@tv.example", 5001, 101));
        awaitCustomer(world.minerva(), id, enabledWith(BASIC));
        world.billing().updateAccount(id, Map.of("blocked", "Y"));
        awaitCustomer(world.minerva(), id, disabled());
        await().atMost(E2e.PATIENCE).until(() -> states(http(id)).equals(List.of("ABSENT", "ENABLED", "DISABLED"))
                || states(http(id)).equals(List.of("ENABLED", "DISABLED")));
        world.billing().terminateAccount(id);
        awaitAbsent(world.minerva(), id);
        await().atMost(E2e.PATIENCE).until(() -> states(http(id)).equals(List.of("ENABLED", "DISABLED", "ABSENT")));

        JsonNode body = http(id);
        assertThat(body.get("account").asLong()).isEqualTo(id);
        assertThat(body.get("to").isNull()).isTrue();
        List<JsonNode> periods = list(body.get("periods"));
        assertThat(periods).extracting(p -> p.get("servicePackage").asText()).containsOnly("basic");
        assertThat(periods.get(0).get("from").asText()).isEqualTo(body.get("from").asText());
        assertThat(periods.get(0).get("to").asText()).isEqualTo(periods.get(1).get("from").asText());
        assertThat(periods.get(1).get("reason").asText()).isEqualTo("BLOCKED");
        assertThat(periods.get(1).get("to").asText()).isEqualTo(periods.get(2).get("from").asText());
        assertThat(periods.get(2).get("to").isNull()).as("lasting").isTrue();
        assertThat(periods).allSatisfy(p -> assertThat(p.get("events").size()).as("the i_events behind it").isPositive());

        Cli json = cli("history", "" + id, "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCodes.OK);
        assertThat(JSON.readTree(json.out())).isEqualTo(body);
        Cli csv = cli("history", "" + id, "--format", "csv");
        assertThat(List.of(csv.out().split("\r\n"))).hasSize(4).first().isEqualTo("account,service_package,state,from,to,reason,events");
        assertThat(csv.out()).contains(id + ",basic,DISABLED," + periods.get(1).get("from").asText() + ","
                + periods.get(1).get("to").asText() + ",BLOCKED,");

        assertThat(world.bridge().use(PurgeAuditLogUseCase.class).purgeOlderThan(Duration.ZERO)).isPositive();
        assertThat(world.bridge().use(AuditLogPort.class).forAccount(id, 10)).isEmpty();
        assertThat(http(id)).as("the history keeps what it needs itself").isEqualTo(body);

        Path month = data.resolve("month.csv");
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        Cli export = cli("history", "--period", now.toString(), "--output", month.toString());
        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(month, StandardCharsets.UTF_8)).first()
                .isEqualTo("account,service_package,state,from,to,reason,events");
        assertThat(Files.readString(month)).contains(id + ",basic,ENABLED,", id + ",basic,DISABLED,");
    }

    @Test
    void the_history_route_asks_for_the_admin_and_names_a_wrong_date() throws Exception {
        assertThat(get("/accounts/1000889/history", null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = get("/accounts/1000889/history?from=yesterday", admin());
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("2026-11-01");
    }

    @Test
    void the_revenue_check_finds_service_without_charge_and_charge_without_service() throws Exception {
        E2e.awaitCustomer(world.minerva(), 1000889, enabledWith(E2e.BASIC_AND_SPORTS));
        E2e.awaitCustomer(world.minerva(), 1000890, customer -> "ENABLED".equals(customer.status()));
        // Alice watches sports without its subscription; Bob pays for sports he does not get.
        world.billing().setSubscriptions(1000889, List.of(subscription(101, "active")));
        world.billing().setSubscriptions(1000890, List.of(subscription(102, "active"), subscription(201, "active")));
        Path file = data.resolve("revenue.json");

        Cli revenue = cli("revenue", "--format", "json", "--output", file.toString());

        assertThat(revenue.exitCode()).as(revenue.err()).isEqualTo(ExitCodes.OK);
        JsonNode report = JSON.readTree(revenue.out());
        assertThat(JSON.readTree(file.toFile())).isEqualTo(report);
        assertThat(report.get("checkedAt").asText()).isNotEmpty();
        assertThat(report.get("servedNotCharged")).isEqualTo(JSON.readTree(
                "[{\"account\": 1000889, \"servicePackage\": \"sports\", \"subscriptions\": [201]}]"));
        assertThat(report.get("chargedNotServed")).isEqualTo(JSON.readTree(
                "[{\"account\": 1000890, \"servicePackage\": \"sports\", \"subscriptions\": [201]}]"));
        await().atMost(E2e.PATIENCE).until(() -> {
            String metrics = get("/metrics", null).body();
            return metrics.contains("iptv_bridge_revenue_findings{kind=\"servedNotCharged\"} 1.0")
                    && metrics.contains("iptv_bridge_revenue_findings{kind=\"chargedNotServed\"} 1.0");
        });
    }

    private static Map<String, Object> subscription(long id, String status) {
        Map<String, Object> subscription = new java.util.HashMap<>(Map.of("i_subscription", id,
                "name", "Subscription " + id, "start_date", "2026-11-01", "status", status));
        subscription.put("finish_date", null);
        return subscription;
    }

    private static List<String> states(JsonNode history) {
        return list(history.get("periods")).stream().map(p -> p.get("state").asText()).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static JsonNode http(long account) throws Exception {
        HttpResponse<String> response = get("/accounts/" + account + "/history", admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + world.httpPort() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String admin() {
        return "Basic " + Base64.getEncoder().encodeToString((SandboxWorld.ADMIN_USER + ":" + SandboxWorld.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Cli cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", world.configFile().toString()));
        return Cli.run(all.toArray(String[]::new));
    }
}
