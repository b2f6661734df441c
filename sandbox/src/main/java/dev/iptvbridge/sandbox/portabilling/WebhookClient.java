package dev.iptvbridge.sandbox.portabilling;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Posts one ESPF event, as PortaBilling does: JSON body, {@code Date} and Basic credentials. On the JDK's
 * blocking {@link HttpURLConnection}, which keeps connections alive and runs in the sending thread: the
 * asynchronous {@code java.net.http} client cost about a millisecond of CPU per event on two cores, which a
 * benchmark in this JVM charged to the bridge beside it (in production the sender is PortaBilling's machine).
 */
final class WebhookClient {

    static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private final Clock clock;

    WebhookClient(Clock clock) {
        this.clock = clock;
    }

    DeliveryAttempt send(QueuedEvent event, WebhookTarget target, Duration timeout) {
        Instant at = clock.instant();
        byte[] body = body(event).getBytes(StandardCharsets.UTF_8);
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) target.url().toURL().openConnection();
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis())));
            connection.setInstanceFollowRedirects(false);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("Date",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(at, ZoneOffset.UTC)));
            connection.setRequestProperty(target.headerName(), target.headerValue());
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            drain(connection, status);
            return new DeliveryAttempt(at, status, "");
        } catch (SocketTimeoutException e) {
            return new DeliveryAttempt(at, 0, "timeout");
        } catch (IOException e) {
            if (connection != null) {
                connection.disconnect();
            }
            return new DeliveryAttempt(at, 0, "connection failed");
        }
    }

    // Read to the end and closed, the connection goes back to the JDK's keep-alive cache for the next event.
    private static void drain(HttpURLConnection connection, int status) throws IOException {
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            if (in != null) {
                in.transferTo(OutputStream.nullOutputStream());
            }
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
