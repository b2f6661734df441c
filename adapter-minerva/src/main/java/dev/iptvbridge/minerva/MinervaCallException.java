package dev.iptvbridge.minerva;

import java.time.Duration;
import java.util.Optional;

/**
 * An error status from Minerva, decoded but not yet classified: the adapter decides per operation
 * what it means (a 404 on read is "absent", on delete "already gone"). Never leaves this package.
 */
final class MinervaCallException extends RuntimeException {

    private final int status;
    private final Optional<String> code;
    private final Optional<Duration> retryAfter;

    MinervaCallException(int status, Optional<String> code, String minervaMessage, Optional<Duration> retryAfter) {
        super("HTTP " + status + code.map(c -> " " + c).orElse("") + ": " + minervaMessage, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    /** The {@code MinervaError.code}, when the body carried one. */
    Optional<String> code() {
        return code;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
