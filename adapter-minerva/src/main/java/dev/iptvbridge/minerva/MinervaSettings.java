package dev.iptvbridge.minerva;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * How the bridge talks to Minerva.
 *
 * @param baseUrl        the API root, such as {@code http://minerva.example:8080/xtv-ws-backoffice/api/v1}
 *                       (a trailing slash is dropped)
 * @param username       the Basic-auth user
 * @param password       the Basic-auth password; never shown by {@link #toString()}
 * @param maxConcurrency the most calls in flight at once (1 to 1024); further callers wait for a slot
 * @param ratePerSecond  the most calls started per second (client-side limit, above 0)
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout    how long to wait for an answer; also the longest wait for a slot or a rate permit
 */
public record MinervaSettings(String baseUrl, String username, String password, int maxConcurrency,
                              double ratePerSecond, Duration connectTimeout, Duration readTimeout) {

    public MinervaSettings {
        baseUrl = checkBaseUrl(baseUrl);
        if (username == null || username.isEmpty() || username.contains(":")) {
            throw new IllegalArgumentException(
                    "minerva username is missing or contains ':': set the Basic-auth user Minerva gave the bridge");
        }
        if (password == null) {
            throw new IllegalArgumentException("minerva password is missing: set the Basic-auth password");
        }
        if (maxConcurrency < 1 || maxConcurrency > 1024) {
            throw new IllegalArgumentException("minerva maxConcurrency must be from 1 to 1024, not " + maxConcurrency);
        }
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("minerva ratePerSecond must be a number above 0, not " + ratePerSecond
                    + " (set it high, such as 10000, to leave Minerva's own limit in charge)");
        }
        checkPositive("connectTimeout", connectTimeout);
        checkPositive("readTimeout", readTimeout);
    }

    private static String checkBaseUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("minerva baseUrl is missing: set it, such as "
                    + "http://minerva.example:8080/xtv-ws-backoffice/api/v1");
        }
        String trimmed = baseUrl.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("minerva baseUrl '" + baseUrl
                        + "' must be an absolute http or https URL with a host");
            }
            if (uri.getQuery() != null || uri.getUserInfo() != null) {
                throw new IllegalArgumentException("minerva baseUrl '" + uri.getHost()
                        + "...' must carry no query and no credentials: set username and password instead");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("minerva baseUrl '" + baseUrl + "' is not a valid URL: " + e.getReason(), e);
        }
        return trimmed;
    }

    private static void checkPositive(String field, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("minerva " + field + " must be a positive duration, not " + value);
        }
    }

    @Override
    public String toString() {
        return "MinervaSettings[baseUrl=" + baseUrl + ", username=" + username + ", password=***, maxConcurrency="
                + maxConcurrency + ", ratePerSecond=" + ratePerSecond + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "]";
    }
}
