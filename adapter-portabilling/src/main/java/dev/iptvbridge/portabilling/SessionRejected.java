package dev.iptvbridge.portabilling;

/**
 * PortaBilling refused the access token of a call (expired, idle too long, or unknown). It never
 * leaves the adapter: the caller logs in again once and repeats the call.
 */
final class SessionRejected extends RuntimeException {

    private final String reason;

    SessionRejected(String reason) {
        super("PortaBilling rejected the access token (" + reason + ")", null, false, false);
        this.reason = reason;
    }

    /** The faultcode, or the HTTP status, that said so. */
    String reason() {
        return reason;
    }
}
