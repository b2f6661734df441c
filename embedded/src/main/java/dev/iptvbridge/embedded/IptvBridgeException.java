package dev.iptvbridge.embedded;

/** A call of the bridge could not be done: PortaBilling, Minerva or the database failed. The message says which and what to check. */
public final class IptvBridgeException extends RuntimeException {

    IptvBridgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
