package dev.iptvbridge.application.port.out;

/** What storing an event did: stored it (and queued its subject), or recognised its {@code i_event}. */
public enum StoreOutcome { STORED, DUPLICATE }
