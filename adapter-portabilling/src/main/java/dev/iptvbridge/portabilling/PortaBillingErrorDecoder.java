package dev.iptvbridge.portabilling;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.TransientFailure;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Turns PortaBilling's error answers into the port's failures. PortaBilling answers errors with
 * HTTP 500 and {@code {"faultcode", "faultstring"}}; the ESPF API with plain 4xx. The table is in
 * docs/portabilling.md ("Errors").
 */
final class PortaBillingErrorDecoder implements ErrorDecoder {

    /** Faultcodes of an expired, idle or unknown access token: log in again once and repeat. */
    static final Set<String> SESSION_FAULTS = Set.of(
            "Server.Session.check_auth.auth_failed",
            "Client.Session.check_auth.failed_to_process_access_token");
    /** The faultcode of an unknown account [M]. */
    static final String ACCOUNT_NOT_FOUND = "Server.Account.not_found";
    /** The faultcode of a refused login. */
    static final String LOGIN_FAULT = "Server.Session.auth_failed";
    /** {@code Server.*} faultcodes that repeating will not cure. */
    private static final Set<String> PERMANENT_SERVER_FAULTS = Set.of(
            "Server.Method.not_found", "Server.Session.auth_failed");
    private static final int MAX_BODY = 64 * 1024;

    private final String login;

    PortaBillingErrorDecoder(String login) {
        this.login = login;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        String operation = operation(response);
        int status = response.status();
        String body = body(response);
        Optional<JsonNode> fault = fault(body);
        if (fault.isPresent()) {
            String code = fault.get().path("faultcode").asText();
            String text = fault.get().path("faultstring").asText("");
            return fromFault(operation, status, code, text);
        }
        if (status == 401 && operation.startsWith("espf")) {
            return new SessionRejected("HTTP 401");
        }
        String detail = "HTTP " + status + snippet(body);
        if (status == 404 && operation.startsWith("espf")) {
            return new NotFoundFailure("PortaBilling does not know the account of " + operation + " (" + detail + ")");
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return new TransientFailure("PortaBilling failed " + operation + " (" + detail + "): retrying later",
                    retryAfter(response), null);
        }
        if (status >= 300 && status < 400) {
            return new PermanentFailure("PortaBilling redirected " + operation + " (" + detail
                    + "): check portabilling.url (http vs https, host name)");
        }
        return new PermanentFailure("PortaBilling refused " + operation + " (" + detail + ")");
    }

    private RuntimeException fromFault(String operation, int status, String code, String text) {
        String detail = code + (text.isEmpty() ? "" : ": " + text);
        if (SESSION_FAULTS.contains(code)) {
            return new SessionRejected(code);
        }
        if (ACCOUNT_NOT_FOUND.equals(code)) {
            return new NotFoundFailure("PortaBilling does not know the account of " + operation + " (" + detail + ")");
        }
        if (LOGIN_FAULT.equals(code)) {
            return new PermanentFailure("PortaBilling refused the login of user '" + login + "' (" + detail
                    + "): check portabilling.login and portabilling.password");
        }
        if (code.startsWith("Client.") || PERMANENT_SERVER_FAULTS.contains(code)) {
            return new PermanentFailure("PortaBilling refused " + operation + " (" + detail + ")");
        }
        if (code.startsWith("Server.") || status >= 500) {
            return new TransientFailure("PortaBilling failed " + operation + " (" + detail + "): retrying later",
                    null);
        }
        return new PermanentFailure("PortaBilling refused " + operation + " (HTTP " + status + ", " + detail + ")");
    }

    /** {@code Account/get_account_info} for the API, {@code espf account status} for the ESPF API. */
    private static String operation(Response response) {
        String path = URI.create(response.request().url()).getPath();
        int rest = path.indexOf("/rest/");
        if (rest >= 0) {
            return path.substring(rest + "/rest/".length());
        }
        return path.contains("/espf/") ? "espf " + path.substring(path.indexOf("/espf/") + 1) : path;
    }

    private static Optional<JsonNode> fault(String body) {
        try {
            JsonNode node = PortaBillingJson.mapper().readTree(body);
            return node != null && node.hasNonNull("faultcode") && node.get("faultcode").isTextual()
                    ? Optional.of(node) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String body(Response response) {
        if (response.body() == null) {
            return "";
        }
        try (InputStream in = response.body().asInputStream()) {
            return new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String snippet(String body) {
        String flat = body.replaceAll("\\s+", " ").trim();
        if (flat.isEmpty()) {
            return "";
        }
        return ": " + (flat.length() > 200 ? flat.substring(0, 200) + "..." : flat);
    }

    private static Optional<Duration> retryAfter(Response response) {
        Collection<String> values = response.headers().getOrDefault("Retry-After",
                response.headers().getOrDefault("retry-after", Set.of()));
        for (String value : values) {
            Optional<Duration> delay = RetryAfter.parse(value, Clock.systemUTC());
            if (delay.isPresent()) {
                return delay;
            }
        }
        return Optional.empty();
    }
}
