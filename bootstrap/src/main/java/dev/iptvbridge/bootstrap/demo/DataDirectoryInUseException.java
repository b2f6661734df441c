package dev.iptvbridge.bootstrap.demo;

/** Another sandbox runs on the data directory; the message names it and {@code --data DIR}. */
public final class DataDirectoryInUseException extends RuntimeException {

    public DataDirectoryInUseException(String message) {
        super(message);
    }
}
