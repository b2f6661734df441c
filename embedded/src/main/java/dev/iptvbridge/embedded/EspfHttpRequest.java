package dev.iptvbridge.embedded;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An ESPF webhook request as any HTTP framework sees it: its headers, its raw body and, for the log,
 * the caller's address. Header names are looked up without regard to case.
 *
 * @param headers       one value per header name; null is taken as none
 * @param body          the raw request body; null is taken as empty
 * @param remoteAddress the caller's address, for the log only; null is taken as "unknown"
 */
public record EspfHttpRequest(Map<String, String> headers, byte[] body, String remoteAddress) {

    public EspfHttpRequest {
        TreeMap<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (name != null && value != null) {
                    caseless.put(name, value);
                }
            });
        }
        headers = Collections.unmodifiableMap(caseless);
        body = body == null ? new byte[0] : body.clone();
        remoteAddress = remoteAddress == null ? "unknown" : remoteAddress;
    }

    /** From headers with several values per name (as the JDK's {@code HttpExchange} gives them): the first counts. */
    public static EspfHttpRequest ofMultiValued(Map<String, List<String>> headers, byte[] body, String remoteAddress) {
        Map<String, String> first = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null && values != null && !values.isEmpty()) {
                    first.putIfAbsent(name, values.get(0));
                }
            });
        }
        return new EspfHttpRequest(first, body, remoteAddress);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        // Headers carry the webhook's credentials: never show them.
        return "EspfHttpRequest[" + body.length + " bytes from " + remoteAddress + "]";
    }
}
