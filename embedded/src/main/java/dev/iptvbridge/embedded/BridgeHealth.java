package dev.iptvbridge.embedded;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * Whether the bridge can do its work: the database answers with its schema migrated, and every worker
 * runs. A host that takes events but runs no workers in this process reads {@link #databaseReady()}.
 *
 * @param degraded what is down or failing its check while events are still stored and wait, by name
 *                 ({@code portabilling}, {@code minerva}, {@code catalog}) with the detail and the URL;
 *                 empty when all is well. The daemon's {@code /health/ready} answers DEGRADED for the same.
 */
public record BridgeHealth(boolean databaseReady, boolean workersRunning, Map<String, String> degraded) {

    public BridgeHealth {
        degraded = Map.copyOf(requireNonNull(degraded, "degraded is null"));
    }

    /** Both: the bridge stores events and reconciles them. */
    public boolean up() {
        return databaseReady && workersRunning;
    }
}
