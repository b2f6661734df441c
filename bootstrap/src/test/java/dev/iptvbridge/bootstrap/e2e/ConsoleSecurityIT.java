package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.minerva.MinervaSimulatorSettings;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's guard, over plain HTTP: sign-in, the cookie's flags, CSRF refusal, and no secret on a page. */
class ConsoleSecurityIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");

    @TempDir
    static Path data;
    static SandboxWorld world;

    @BeforeAll
    static void start() {
        world = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of("maintenance.sweepInterval", "0s")));
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void without_a_session_every_page_sends_the_browser_to_the_login_form() throws Exception {
        for (String page : List.of("/console", "/console/queue", "/console/account?account=1000890", "/console/drift",
                "/console/catalog", "/console/charges")) {
            HttpResponse<String> answer = get(page, null);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(page).hasValue("/console/login");
        }
        assertThat(post("/console/queue/retry", null, Map.of()).headers().firstValue("Location")).hasValue("/console/login");
    }

    @Test
    void wrong_credentials_open_no_session() throws Exception {
        HttpResponse<String> answer = post("/console/login", null, Map.of("username", SandboxWorld.ADMIN_USER,
                "password", "guess"));
        assertThat(answer.headers().firstValue("Location")).hasValue("/console/login?failed");
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_strict() throws Exception {
        String cookie = login();
        assertThat(cookie).contains("; Path=/console", "; HttpOnly", "; SameSite=Strict").doesNotContain("Secure");
    }

    @Test
    void a_post_without_the_csrf_token_is_refused_with_403() throws Exception {
        String cookie = session(login());
        assertThat(post("/console/queue/retry", cookie, Map.of("confirmed", "yes")).statusCode()).isEqualTo(403);
        assertThat(post("/console/queue/retry", cookie, Map.of("confirmed", "yes", "csrf", "0".repeat(64)))
                .statusCode()).isEqualTo(403);
        String token = csrf(get("/console/queue", cookie).body());
        assertThat(post("/console/queue/retry", cookie, Map.of("confirmed", "yes", "csrf", token)).statusCode())
                .isEqualTo(200);
        assertThat(post("/console/charges/retry", cookie, Map.of("confirmed", "yes")).statusCode()).isEqualTo(403);
        assertThat(post("/console/catalog/diff", cookie, Map.of("catalog", "")).statusCode()).isEqualTo(403);
    }

    @Test
    void no_page_shows_a_password() throws Exception {
        String cookie = session(login());
        String token = csrf(get("/console", cookie).body());
        List<String> pages = List.of(get("/console/login", null).body(), get("/console", cookie).body(),
                get("/console/queue", cookie).body(), get("/console/account?account=1000890", cookie).body(),
                get("/console/drift", cookie).body(),
                get("/console/catalog", cookie).body(), get("/console/catalog?check=now", cookie).body(),
                get("/console/charges", cookie).body(),
                post("/console/account/reconcile", cookie, Map.of("account", "1000890", "csrf", token)).body(),
                post("/console/account/reconcile", cookie, Map.of("account", "1000890", "dryRun", "true", "csrf", token,
                        "confirmed", "yes")).body());
        List<String> secrets = List.of(SandboxWorld.ADMIN_PASSWORD, SandboxWorld.WEBHOOK_PASSWORD,
                PortaBillingSimulatorSettings.defaults().password(), MinervaSimulatorSettings.defaults().password());
        for (String page : pages) {
            assertThat(page).contains("</html>");
            for (String secret : secrets) {
                assertThat(page).doesNotContain(secret);
            }
        }
    }

    private static String login() throws Exception {
        HttpResponse<String> answer = post("/console/login", null, Map.of("username", SandboxWorld.ADMIN_USER,
                "password", SandboxWorld.ADMIN_PASSWORD));
        assertThat(answer.headers().firstValue("Location")).hasValue("/console");
        return answer.headers().firstValue("Set-Cookie").orElseThrow();
    }

    private static String session(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a form with a CSRF token in %s", page).isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String cookie, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + world.httpPort() + path);
    }
}
