package dev.iptvbridge.sandbox.portabilling;

/** Which event names the ESPF sender uses, as chosen when the handler is set up in PortaBilling. */
public enum EventFamily {
    /** The webhook types {@code Subscriber/Created|Updated|Deleted} and {@code Customer/Created|Updated|Deleted}. */
    GROUPED,
    /** The internal ("version 1") names such as {@code Account/Blocked} or {@code Account/Product/Changed}. */
    INTERNAL
}
