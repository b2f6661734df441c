package dev.iptvbridge.portabilling.espf;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Webhook requests as PortaBilling sends them, for the decoder's tests. */
final class EspfRequests {

    static final String USER = "portabilling";
    static final String PASSWORD = "s3cret:with-colon";
    static final EspfWebhookSettings SETTINGS = new EspfWebhookSettings(USER, PASSWORD, null, 4096);

    private EspfRequests() {
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> headers() {
        return Map.of("Content-Type", "application/json", "Authorization", basic(USER, PASSWORD),
                "Date", "Wed, 25 Nov 2026 14:03:12 GMT");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The example of the reference, §1.1. */
    static byte[] subscriberUpdated() {
        return utf8("{\"event_type\": \"Subscriber/Updated\", \"variables\": {\"i_event\": 918273, "
                + "\"i_account\": 1000889, \"i_env\": 3, \"event_time\": \"2026-11-25 14:03:11\"}}");
    }
}
