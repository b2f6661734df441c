package dev.iptvbridge.portabilling;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

/**
 * How to reach PortaBilling.
 *
 * @param baseUrl        the root of the PortaBilling server, such as {@code https://pb.example.com}: the
 *                       JSON API is under {@code {baseUrl}/rest}, the ESPF API under {@code {baseUrl}/espf/v1};
 *                       a trailing slash is dropped
 * @param login          the API user ({@code Session/login} {@code login})
 * @param password       its password; never shown by {@link #toString()}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for a whole answer
 */
public record PortaBillingSettings(String baseUrl, String login, String password, Duration connectTimeout,
                                   Duration readTimeout) {

    /** Connection timeout used by {@link #of(String, String, String)}. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Read timeout used by {@link #of(String, String, String)}. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public PortaBillingSettings {
        baseUrl = validBaseUrl(baseUrl);
        if (login == null || login.isBlank()) {
            throw new IllegalArgumentException(
                    "portabilling.login is missing: set it to the PortaBilling API user the bridge logs in as");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException(
                    "portabilling.password is missing: set it to the password of portabilling.login");
        }
        requirePositive(connectTimeout, "portabilling.connectTimeout", "5s");
        requirePositive(readTimeout, "portabilling.readTimeout", "30s");
    }

    /** Settings with the default timeouts (5 s to connect, 30 s to answer). */
    public static PortaBillingSettings of(String baseUrl, String login, String password) {
        return new PortaBillingSettings(baseUrl, login, password, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    @Override
    public String toString() {
        return "PortaBillingSettings[baseUrl=" + baseUrl + ", login=" + login + ", password=***, connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    private static String validBaseUrl(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("portabilling.url is missing: set it to the root of the "
                    + "PortaBilling server, such as https://pb.example.com (the API is under /rest)");
        }
        String trimmed = value.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("portabilling.url '" + value + "' is not a URL: set it to the root "
                    + "of the PortaBilling server, such as https://pb.example.com", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("portabilling.url '" + value + "' is not an http(s) URL with a "
                    + "host: set it to the root of the PortaBilling server, such as https://pb.example.com");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("portabilling.url '" + value + "' has a query or fragment: "
                    + "set it to the bare root of the PortaBilling server, such as https://pb.example.com");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.endsWith("/rest") || path.contains("/rest/") || path.contains("/espf/")) {
            throw new IllegalArgumentException("portabilling.url '" + value + "' points inside the API: "
                    + "set it to the server root without /rest (the bridge adds /rest and /espf/v1 itself)");
        }
        return trimmed;
    }

    private static void requirePositive(Duration value, String name, String example) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration (was " + value
                    + "): set it to something like " + example);
        }
    }
}
