package dev.iptvbridge.application.port.in;

/**
 * Reads Minerva's purchase feed into the ledger and charges (and credits) each purchase to its
 * PortaBilling account exactly once. One daemon among those sharing a database does it at a time.
 */
public interface ChargePurchasesUseCase {

    /**
     * One round as {@code owner}: takes (or keeps) the feed, records what is new in it, then works
     * through the due ledger entries. Feed and billing failures are logged and left for the next round.
     */
    ChargeRound round(String owner);

    /** Hands the feed back, if {@code owner} holds it, so that another daemon takes it at once. */
    void release(String owner);
}
