package dev.iptvbridge.minerva;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * Turns every non-2xx answer into a {@link MinervaCallException}: the status, the
 * {@code MinervaError} code and message when the body has them, and {@code Retry-After} (seconds or an HTTP date).
 * A body that is not a {@code MinervaError} is kept as text (shortened) for the message.
 */
final class MinervaErrorDecoder implements ErrorDecoder {

    private static final int MAX_BODY = 4096;
    private final ObjectMapper json;

    MinervaErrorDecoder(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        String body = readBody(response);
        Optional<String> code = Optional.empty();
        String message = body.isBlank() ? "(no body)" : shorten(body);
        try {
            MinervaErrorJson error = body.isBlank() ? null : json.readValue(body, MinervaErrorJson.class);
            if (error != null && error.error() != null) {
                code = Optional.ofNullable(error.error().code());
                message = Optional.ofNullable(error.error().message()).orElse("(no message)");
            }
        } catch (JacksonException e) {
            // Not a MinervaError (a proxy's page, say): the status alone classifies it.
        }
        return new MinervaCallException(response.status(), code, message, retryAfter(response));
    }

    static Optional<Duration> retryAfter(Response response) {
        Collection<String> values = response.headers().get("Retry-After");
        if (values == null) {
            values = response.headers().get("retry-after");
        }
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        return RetryAfter.parse(values.iterator().next(), Clock.systemUTC());
    }

    private static String readBody(Response response) {
        if (response.body() == null) {
            return "";
        }
        try (InputStream in = response.body().asInputStream()) {
            return new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String shorten(String body) {
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "...";
    }
}
