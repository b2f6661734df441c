package dev.iptvbridge.embedded;

/**
 * Whether the bridge can do its work: the database answers with its schema migrated, and every worker
 * runs. A host that takes events but runs no workers in this process reads {@link #databaseReady()}.
 */
public record BridgeHealth(boolean databaseReady, boolean workersRunning) {

    /** Both: the bridge stores events and reconciles them. */
    public boolean up() {
        return databaseReady && workersRunning;
    }
}
