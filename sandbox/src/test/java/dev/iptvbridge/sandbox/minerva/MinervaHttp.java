package dev.iptvbridge.sandbox.minerva;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny HTTP client for the simulator tests: real requests, Basic auth, JSON answers. */
final class MinervaHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final String authorization;
    private Duration timeout = Duration.ofSeconds(5);

    MinervaHttp(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl;
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static MinervaHttp of(MinervaSimulator simulator) {
        return new MinervaHttp(simulator.baseUrl(), "minerva", "minerva-secret");
    }

    MinervaHttp withTimeout(Duration newTimeout) {
        this.timeout = newTimeout;
        return this;
    }

    record Answer(int status, String body, HttpResponse<String> response) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String errorCode() {
            return json().path("MinervaError").path("code").asText();
        }
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    Answer send(String method, String path, String jsonBody) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response);
    }

    Answer create(String externalId) throws IOException, InterruptedException {
        return send("POST", "/customers", "{\"externalId\":\"" + externalId + "\",\"login\":\"u" + externalId + "@tv\"}");
    }
}
