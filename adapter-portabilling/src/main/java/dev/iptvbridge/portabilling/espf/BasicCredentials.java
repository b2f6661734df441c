package dev.iptvbridge.portabilling.espf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the Basic credentials PortaBilling sends under the configured header. The decoded
 * {@code user:password} is compared whole and in constant time ({@link MessageDigest#isEqual}),
 * so that the time taken tells nothing about how much of it matched.
 */
final class BasicCredentials {

    private final String headerName;
    private final byte[] expected;

    BasicCredentials(EspfWebhookSettings settings) {
        this.headerName = settings.headerName();
        this.expected = (settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8);
    }

    /** What is wrong with the request's credentials, or empty when they are right. */
    Optional<String> problem(Map<String, String> headers) {
        Optional<String> value = header(headers);
        if (value.isEmpty()) {
            return Optional.of("missing header " + headerName + ": PortaBilling's ESPF handler must send "
                    + "Basic credentials in it (" + headerName + ": Basic base64(user:password))");
        }
        String credentials = value.get().trim();
        int space = credentials.indexOf(' ');
        if (space < 0 || !credentials.substring(0, space).toLowerCase(Locale.ROOT).equals("basic")) {
            return Optional.of("header " + headerName + " does not hold Basic credentials "
                    + "(expected: Basic base64(user:password))");
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(credentials.substring(space + 1).trim());
        } catch (IllegalArgumentException e) {
            return Optional.of("header " + headerName + " holds Basic credentials that are not valid base64");
        }
        if (!MessageDigest.isEqual(given, expected)) {
            return Optional.of("wrong user or password in header " + headerName
                    + ": compare the webhook credentials in PortaBilling with webhook.username and webhook.password");
        }
        return Optional.empty();
    }

    private Optional<String> header(Map<String, String> headers) {
        if (headers == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getValue() != null && entry.getKey().trim().equalsIgnoreCase(headerName)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }
}
