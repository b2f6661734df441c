package dev.iptvbridge.sandbox.portabilling;

/**
 * A PortaBilling API fault: answered as HTTP 500 {@code {"faultcode", "faultstring"}}. From
 * the Java API it surfaces as the {@link IllegalArgumentException} it is.
 */
final class Fault extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    static final String AUTH_FAILED = "Server.Session.auth_failed";
    static final String CHECK_AUTH_FAILED = "Server.Session.check_auth.auth_failed";
    // The codes below are modelled: PortaBilling's real codes for these cases are not public.
    static final String METHOD_NOT_FOUND = "Server.Method.not_found";
    static final String BAD_REQUEST = "Client.Request.invalid_params";
    static final String NOT_FOUND = "Server.Object.not_found";
    static final String CLOSED = "Server.Object.closed";

    private final String faultcode;
    private final String faultstring;

    Fault(String faultcode, String faultstring) {
        super(faultcode + ": " + faultstring);
        this.faultcode = faultcode;
        this.faultstring = faultstring;
    }

    static Fault badRequest(String message) {
        return new Fault(BAD_REQUEST, message);
    }

    String faultcode() {
        return faultcode;
    }

    String faultstring() {
        return faultstring;
    }
}
