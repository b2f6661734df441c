package dev.iptvbridge.embedded.internal.espf;

import java.util.Map;

/** What to answer an ESPF request: a status, extra headers (such as {@code Retry-After}) and a JSON body. */
public record EspfAnswer(int status, Map<String, String> headers, String json) {

    public EspfAnswer {
        headers = Map.copyOf(headers);
    }
}
