package dev.iptvbridge.sandbox.portabilling;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Posts one ESPF event, as PortaBilling does: JSON body, {@code Date} and Basic credentials. */
final class WebhookClient {

    static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final HttpClient http;
    private final Clock clock;

    WebhookClient(Clock clock) {
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    DeliveryAttempt send(QueuedEvent event, WebhookTarget target, Duration timeout) {
        Instant at = clock.instant();
        HttpRequest request = HttpRequest.newBuilder(target.url())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(at, ZoneOffset.UTC)))
                .header(target.headerName(), target.headerValue())
                .POST(HttpRequest.BodyPublishers.ofString(body(event), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new DeliveryAttempt(at, response.statusCode(), "");
        } catch (HttpTimeoutException e) {
            return new DeliveryAttempt(at, 0, "timeout");
        } catch (IOException e) {
            return new DeliveryAttempt(at, 0, "connection failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryAttempt(at, 0, "interrupted");
        }
    }

    /** Exactly {@code {"event_type": ..., "variables": {...}}}, ids as JSON numbers. */
    static String body(QueuedEvent event) {
        String time = EVENT_TIME.format(LocalDateTime.ofEpochSecond(event.eventEpochSecond, 0, ZoneOffset.UTC));
        return "{\"event_type\":\"" + event.type + "\",\"variables\":{\"i_event\":" + event.iEvent
                + ",\"" + (event.customer ? "i_customer" : "i_account") + "\":" + event.subjectId
                + ",\"i_env\":" + event.iEnv + ",\"event_time\":\"" + time + "\"}}";
    }
}
