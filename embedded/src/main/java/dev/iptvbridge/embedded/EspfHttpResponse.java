package dev.iptvbridge.embedded;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What to answer PortaBilling: write the status, the headers and the body as they are. 200 means the
 * event is stored (or was before, or belongs to another environment); 4xx, a request that can never
 * succeed; 503 (with {@code Retry-After}), that PortaBilling should send the event again later.
 *
 * @param status      the HTTP status code
 * @param contentType always {@code application/json}
 * @param headers     extra headers to send, such as {@code Retry-After}
 * @param body        a small JSON object: {@code result} and {@code i_event}, or {@code error}
 */
public record EspfHttpResponse(int status, String contentType, Map<String, String> headers, String body) {

    public EspfHttpResponse {
        headers = Map.copyOf(headers);
    }

    /** The body in UTF-8, for frameworks that write bytes. */
    public byte[] bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
