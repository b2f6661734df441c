package dev.iptvbridge.sandbox.portabilling;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Where and how the sender posts: the URL and the ready-made credentials header. */
record WebhookTarget(URI url, String headerName, String headerValue) {

    static WebhookTarget of(String webhookUrl, String username, String password, String headerName) {
        if (webhookUrl == null || webhookUrl.isBlank()) {
            throw new IllegalArgumentException("webhookUrl is required, e.g. http://127.0.0.1:8080/espf/events");
        }
        URI url;
        try {
            url = URI.create(webhookUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhookUrl '" + webhookUrl + "' is not a URL: " + e.getMessage(), e);
        }
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("webhookUrl must start with http:// or https://, got '" + webhookUrl + "'");
        }
        String name = headerName == null || headerName.isBlank() ? "Authorization" : headerName.trim();
        String credentials = (username == null ? "" : username) + ":" + (password == null ? "" : password);
        String value = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        return new WebhookTarget(url, name, value);
    }

    /** Keeps the credentials out of logs. */
    @Override
    public String toString() {
        return "WebhookTarget[url=" + url + ", headerName=" + headerName + ", headerValue=***]";
    }
}
