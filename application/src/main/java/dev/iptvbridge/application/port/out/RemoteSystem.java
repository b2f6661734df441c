package dev.iptvbridge.application.port.out;

/** The remote systems the bridge depends on; {@link #id()} is the name used in health checks and metrics. */
public enum RemoteSystem {
    PORTABILLING("portabilling"),
    MINERVA("minerva");

    private final String id;

    RemoteSystem(String id) {
        this.id = id;
    }

    /** Lower case, such as {@code minerva}. */
    public String id() {
        return id;
    }
}
