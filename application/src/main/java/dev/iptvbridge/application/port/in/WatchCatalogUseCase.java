package dev.iptvbridge.application.port.in;

/**
 * One look at the catalog, every few seconds: when this bridge's file changed (or a reload was asked),
 * check it and, if it passes, store it as the new active generation and queue the accounts it touches;
 * and switch to the database's active generation when another bridge stored a newer one.
 */
public interface WatchCatalogUseCase {

    /** @throws dev.iptvbridge.application.port.out.IntegrationException when the database cannot be reached */
    CatalogPoll poll();
}
