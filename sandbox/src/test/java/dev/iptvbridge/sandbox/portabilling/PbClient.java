package dev.iptvbridge.sandbox.portabilling;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A bare PortaBilling API client over java.net.http, as a test sees the wire. */
final class PbClient {

    /** One answer: HTTP status and the JSON object. */
    record Answer(int status, Map<String, Object> body) {
        @SuppressWarnings("unchecked")
        Map<String, Object> object(String key) {
            return (Map<String, Object>) body.get(key);
        }

        Object faultcode() {
            return body.get("faultcode");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private String token;

    PbClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    PbClient login() {
        Answer answer = call("Session/login", Map.of("login", "bridge", "password", "bridge-secret"));
        if (answer.status() != 200) {
            throw new AssertionError("login failed: " + answer);
        }
        token = (String) answer.body().get("access_token");
        return this;
    }

    String token() {
        return token;
    }

    void token(String newToken) {
        token = newToken;
    }

    Answer call(String method, Map<String, ?> params) {
        return post("/rest/" + method, json(Map.of("params", params)), "application/json", token);
    }

    Answer raw(String method, String body, String contentType, String bearer) {
        return post("/rest/" + method, body, contentType, bearer);
    }

    Answer form(String method, Map<String, ?> authInfo, Map<String, ?> params) {
        String body = "auth_info=" + URLEncoder.encode(json(authInfo), StandardCharsets.UTF_8)
                + "&params=" + URLEncoder.encode(json(params), StandardCharsets.UTF_8);
        return post("/rest/" + method, body, "application/x-www-form-urlencoded", null);
    }

    Answer status(long iAccount, String body, String bearer) {
        return post("/espf/v1/account/i/" + iAccount + "/status", body, "application/json", bearer);
    }

    Answer statusForm(long iAccount, String form, String bearer) {
        return post("/espf/v1/account/i/" + iAccount + "/status", form, "application/x-www-form-urlencoded", bearer);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Answer post(String path, String body, String contentType, String bearer) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> parsed = response.body().isBlank() ? Map.of() : JSON.readValue(response.body(), Map.class);
            return new Answer(response.statusCode(), parsed);
        } catch (Exception e) {
            throw new IllegalStateException("POST " + path + " failed: " + e, e);
        }
    }
}
