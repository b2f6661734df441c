package dev.iptvbridge.sandbox.minerva;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * One request the simulator answered (or dropped).
 *
 * @param time      when it arrived
 * @param method    the HTTP method
 * @param path      the request path, without the query
 * @param operation the operation name, as in {@link MinervaSimulator#callCounts()}
 * @param status    the status answered; 0 when the connection was dropped
 * @param duration  how long the simulator took
 */
public record JournalEntry(Instant time, String method, String path, String operation, int status, Duration duration) {

    public JournalEntry {
        requireNonNull(time, "time is null");
        requireNonNull(method, "method is null");
        requireNonNull(path, "path is null");
        requireNonNull(operation, "operation is null");
        requireNonNull(duration, "duration is null");
    }
}
