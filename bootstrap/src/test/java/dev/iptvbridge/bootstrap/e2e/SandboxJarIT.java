package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, on the shaded jar in a JVM of its own: the sandbox starts, prints its
 * walk-through, and Minerva follows a change made through PortaBilling's API.
 */
class SandboxJarIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void the_sandbox_jar_starts_and_minerva_follows_the_printed_walk_through() throws Exception {
        Path jar = Path.of("target", "iptv-bridge.jar");
        assertThat(jar).as("the shaded jar is built in the package phase").exists();
        int http = DaemonProcess.freePort();
        int pb = DaemonProcess.freePort();
        int minerva = DaemonProcess.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process sandbox = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "sandbox", "--http-port", "" + http,
                "--portabilling-port", "" + pb, "--minerva-port", "" + minerva, "--data", data.toString())
                .redirectError(data.resolve("sandbox.err").toFile()).start();
        try {
            String printed = readUntil(sandbox, "Press Ctrl-C");
            assertThat(printed).contains("http://127.0.0.1:" + http, "/rest/Session/login", "update_account",
                    "terminate_account", "/customers/1000889");
            String minervaCustomer = "http://127.0.0.1:" + minerva + "/xtv-ws-backoffice/api/v1/customers/1000889";
            await().atMost(Duration.ofSeconds(30)).until(() -> get(minervaCustomer).contains("\"ENABLED\""));

            String token = extract(post("http://127.0.0.1:" + pb + "/rest/Session/login", null,
                    "{\"params\": {\"login\": \"bridge\", \"password\": \"bridge-secret\"}}"), "access_token");
            post("http://127.0.0.1:" + pb + "/rest/Account/update_account", token,
                    "{\"params\": {\"account_info\": {\"i_account\": 1000889, \"blocked\": \"Y\"}}}");

            await().atMost(Duration.ofSeconds(30)).until(() -> get(minervaCustomer).contains("\"DISABLED\""));
            assertThat(get(minervaCustomer)).contains("CH-BASIC", "CH-SPORTS");
        } finally {
            sandbox.destroy();
            if (!sandbox.waitFor(40, TimeUnit.SECONDS)) {
                sandbox.destroyForcibly();
            }
        }
        assertThat(Files.readString(data.resolve("sandbox.err"))).doesNotContain("Exception in thread");
    }

    private static String readUntil(Process process, String marker) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder();
        CompletableFuture<String> done = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    text.append(line).append('\n');
                    if (line.contains(marker)) {
                        return text.toString();
                    }
                }
                throw new IllegalStateException("the sandbox stopped before printing its walk-through:\n" + text);
            } catch (java.io.IOException failure) {
                throw new java.io.UncheckedIOException(failure);
            }
        });
        return done.get(90, TimeUnit.SECONDS);
    }

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("minerva:minerva-secret".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String post(String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + " answered " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static String extract(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as(field + " in " + json).isTrue();
        return matcher.group(1);
    }
}
