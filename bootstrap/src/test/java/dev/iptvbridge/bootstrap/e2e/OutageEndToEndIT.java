package dev.iptvbridge.bootstrap.e2e;

import static dev.iptvbridge.bootstrap.e2e.E2e.BASIC;
import static dev.iptvbridge.bootstrap.e2e.E2e.account;
import static dev.iptvbridge.bootstrap.e2e.E2e.enabledWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.bootstrap.demo.SandboxOptions;
import dev.iptvbridge.bootstrap.demo.SandboxWorld;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Minerva down for far longer than all the queue's backoffs together, while events keep arriving:
 * the breaker opens, nothing is claimed and nothing parked; once Minerva answers, every account is right.
 */
class OutageEndToEndIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    SandboxWorld world;

    @AfterEach
    void stop() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void an_outage_longer_than_every_backoff_parks_nothing_and_every_account_is_right_after_it() throws Exception {
        // Four attempts of at most 400 ms backoff each: an account would be parked within two seconds.
        world = SandboxWorld.start(SandboxOptions.ephemeral(data, Map.of(
                "maintenance.sweepInterval", "0s", "minerva.readTimeout", "1s",
                "retry.baseDelay", "100ms", "retry.maxDelay", "400ms", "retry.maxAttempts", "4",
                "minerva.retry.attempts", "2", "minerva.retry.wait", "10ms",
                "minerva.breaker.window", "3", "minerva.breaker.openFor", "500ms")));
        PortaBillingSimulator billing = world.billing();
        WorkQueuePort queue = world.bridge().use(WorkQueuePort.class);
        world.minerva().faults().failFraction(503, 1.0, 1);

        List<Long> accounts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            accounts.add(billing.addAccount(account("outage" + i + "@tv.example", 5001 + i % 3, 101)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> status().equals("DEGRADED"));
        JsonNode degraded = JSON.readTree(ready());
        assertThat(degraded.at("/checks/minerva/status").asText()).isEqualTo("DOWN");
        assertThat(degraded.at("/checks/minerva/url").asText()).isEqualTo(world.bridge().config().minerva().url());
        assertThat(degraded.at("/checks/minerva/detail").asText()).contains("503");
        assertThat(degraded.at("/checks/portabilling/status").asText()).isEqualTo("UP");
        assertThat(degraded.at("/checks/database/status").asText()).isEqualTo("UP");
        assertThat(ready()).doesNotContain(world.bridge().config().minerva().password());
        assertThat(get("/metrics").body()).contains("iptv_bridge_remote_system_up{system=\"minerva\"} 0.0",
                "iptv_bridge_remote_system_up{system=\"portabilling\"} 1.0");

        for (int i = 10; i < 20; i++) {
            accounts.add(billing.addAccount(account("outage" + i + "@tv.example", 5001 + i % 3, 101)));
        }
        // Several times the sum of all backoffs: an account counting attempts would be parked by now.
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> queue.stats().parked() == 0 && status().equals("DEGRADED"));

        world.minerva().faults().clear();

        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() -> accounts.stream()
                .allMatch(id -> E2e.customer(world.minerva(), id).filter(enabledWith(BASIC)).isPresent()));
        assertThat(queue.stats().parked()).isZero();
        assertThat(queue.parked(10)).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> status().equals("UP"));
    }

    private String status() throws IOException, InterruptedException {
        return JSON.readTree(ready()).path("status").asText();
    }

    private String ready() throws IOException, InterruptedException {
        return get("/health/ready").body();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + world.httpPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
