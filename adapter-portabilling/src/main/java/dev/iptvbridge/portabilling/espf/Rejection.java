package dev.iptvbridge.portabilling.espf;

/**
 * Why a webhook request was refused, and the HTTP status to answer. Every one is a 4xx, which tells
 * PortaBilling to drop the event for good: only requests that can never succeed are rejected.
 */
public enum Rejection {
    /** Missing or wrong credentials. */
    UNAUTHORIZED(401),
    /** The body is longer than the configured limit. */
    PAYLOAD_TOO_LARGE(413),
    /** The body is not JSON. */
    MALFORMED(400),
    /** JSON, but not an ESPF event the bridge can act on (no event type, no {@code i_event}, no id). */
    NOT_AN_EVENT(400);

    private final int httpStatus;

    Rejection(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /** The HTTP status to answer PortaBilling with. */
    public int httpStatus() {
        return httpStatus;
    }
}
