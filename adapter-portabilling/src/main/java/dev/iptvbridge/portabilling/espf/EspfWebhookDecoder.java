package dev.iptvbridge.portabilling.espf;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * Decodes one ESPF webhook request: checks the Basic credentials under the configured header
 * (names matched case-insensitively), the body size, and the event. It never throws: every input
 * gives {@link EspfDecoding.Accepted} or {@link EspfDecoding.Rejected}. Thread-safe.
 */
public final class EspfWebhookDecoder {

    private final EspfWebhookSettings settings;
    private final BasicCredentials credentials;

    public EspfWebhookDecoder(EspfWebhookSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
        this.credentials = new BasicCredentials(settings);
    }

    /**
     * @param headers the request's headers, one value per name (null is treated as none)
     * @param body    the request's raw body (null is treated as missing)
     */
    public EspfDecoding decode(Map<String, String> headers, byte[] body) {
        try {
            Optional<String> unauthorized = credentials.problem(headers);
            if (unauthorized.isPresent()) {
                return new EspfDecoding.Rejected(Rejection.UNAUTHORIZED, unauthorized.get());
            }
            if (body == null || body.length == 0) {
                return new EspfDecoding.Rejected(Rejection.MALFORMED, "the body is empty: expected an ESPF event "
                        + "{\"event_type\": ..., \"variables\": {...}}");
            }
            if (body.length > settings.maxBodyBytes()) {
                return new EspfDecoding.Rejected(Rejection.PAYLOAD_TOO_LARGE, "the body has " + body.length
                        + " bytes, more than the " + settings.maxBodyBytes() + " allowed (webhook.maxBodyBytes)");
            }
            return EventParser.parse(body);
        } catch (RuntimeException | StackOverflowError e) {
            // A decoder that throws would answer 500 and make PortaBilling resend a hopeless request forever.
            return new EspfDecoding.Rejected(Rejection.MALFORMED, "the request could not be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public String toString() {
        return "EspfWebhookDecoder[" + settings + "]";
    }
}
