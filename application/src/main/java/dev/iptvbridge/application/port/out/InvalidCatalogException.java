package dev.iptvbridge.application.port.out;

/** A catalog file that cannot be read or is not a valid catalog; the message names what is wrong and the fix. */
public final class InvalidCatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidCatalogException(String message) {
        super(message);
    }
}
