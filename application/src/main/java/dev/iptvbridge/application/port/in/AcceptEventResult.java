package dev.iptvbridge.application.port.in;

/** What became of an accepted event; every one of them is answered 200 to PortaBilling. */
public enum AcceptEventResult {
    /** Stored, and its account or customer queued. */
    STORED,
    /** Its {@code i_event} was stored before: nothing changed. */
    DUPLICATE,
    /** It belongs to a billing environment this bridge does not serve: ignored. */
    OTHER_ENVIRONMENT
}
