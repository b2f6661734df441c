package dev.iptvbridge.sandbox.portabilling;

/** Where an ESPF event stands. */
public enum DeliveryFate {
    /** Not yet answered with 200 or 4xx: waiting for its first or next attempt, or in flight. */
    QUEUED,
    /** Answered 200: removed from the queue. */
    DELIVERED,
    /** Answered 4xx: "must not be provisioned", removed from the queue for good. */
    DROPPED,
    /** Replaced by a later event of the same coalescing kind for the same account or customer, never sent again. */
    SUPERSEDED
}
