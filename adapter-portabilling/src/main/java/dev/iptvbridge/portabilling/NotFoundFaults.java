package dev.iptvbridge.portabilling;

import dev.iptvbridge.application.port.out.NotFoundFailure;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;

/**
 * For reads of one account's records: PortaBilling's {@code Server.Object.not_found} fault means
 * the account is not there, which no repeat cures; every other error is the usual decoder's.
 */
final class NotFoundFaults implements ErrorDecoder {

    static final String NOT_FOUND = "Server.Object.not_found";
    private static final int MAX_BODY = 64 * 1024;

    private final ErrorDecoder usual;

    NotFoundFaults(ErrorDecoder usual) {
        this.usual = usual;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        byte[] body = new byte[0];
        if (response.body() != null) {
            try (InputStream in = response.body().asInputStream()) {
                body = in.readNBytes(MAX_BODY);
            } catch (IOException unreadable) {
                // decoded below as a body-less answer
            }
        }
        try {
            if (NOT_FOUND.equals(PortaBillingJson.mapper().readTree(body).path("faultcode").asText())) {
                return new NotFoundFailure("PortaBilling does not know the account (" + NOT_FOUND + ")");
            }
        } catch (IOException | RuntimeException notJson) {
            // not a fault: the usual decoder says what it is
        }
        return usual.decode(methodKey, response.toBuilder().body(body).build());
    }
}
