package dev.iptvbridge.sandbox.minerva;

/** An error answer of the modelled API: an HTTP status and a {@code MinervaError} code and message. */
final class MinervaHttpError extends RuntimeException {

    private final int status;
    private final String code;

    MinervaHttpError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static MinervaHttpError validation(String message) {
        return new MinervaHttpError(400, "VALIDATION", message);
    }

    static MinervaHttpError customerNotFound(String externalId) {
        return new MinervaHttpError(404, "CUSTOMER_NOT_FOUND", "no customer " + externalId);
    }

    static MinervaHttpError packageNotFound(String packageId) {
        return new MinervaHttpError(404, "PACKAGE_NOT_FOUND", "no package " + packageId);
    }

    /** The error code the reference gives to a status, for injected failures. */
    static String codeFor(int status) {
        switch (status) {
            case 400: return "VALIDATION";
            case 401: return "UNAUTHORIZED";
            case 404: return "CUSTOMER_NOT_FOUND";
            case 409: return "CUSTOMER_EXISTS";
            case 429: return "RATE_LIMITED";
            case 503: return "UNAVAILABLE";
            default: return status >= 500 ? "INTERNAL" : "ERROR";
        }
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
