package dev.iptvbridge.sandbox.minerva;

/** The operations of the modelled Minerva API, named as in {@link MinervaSimulator#callCounts()}. */
public enum MinervaOperation {
    LIST_PACKAGES("list-packages"),
    CREATE("create"),
    READ("read"),
    LIST("list"),
    PATCH("patch"),
    STATUS("status"),
    PACKAGES("packages"),
    DELETE("delete"),
    PURCHASE("purchase"),
    PURCHASE_EVENTS("purchase-events");

    private final String wireName;

    MinervaOperation(String wireName) {
        this.wireName = wireName;
    }

    /** The short name used in call counts and the journal, such as {@code list-packages}. */
    public String wireName() {
        return wireName;
    }

    /** Whether the operation changes a customer (and so may be applied before a timeout or a drop). */
    public boolean changesState() {
        return this != LIST_PACKAGES && this != READ && this != LIST && this != PURCHASE_EVENTS;
    }
}
