package dev.iptvbridge.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The active catalog in the shared database, so that every bridge on it switches together, and the
 * operators' reload requests. Failures are {@link IntegrationException}s.
 */
public interface CatalogStorePort {

    /** The newest generation's number, cheap enough to ask every few seconds; empty before the first. */
    OptionalLong activeGeneration();

    /** The newest generation, with its content. */
    Optional<StoredCatalog> active();

    /**
     * Stores {@code next} as the new active generation, unless a generation with its number exists
     * already (another bridge switched first): then it changes nothing and returns false.
     */
    boolean store(StoredCatalog next);

    /** Records a request that every running bridge read its catalog file again; returns the request's number. */
    long requestReload(Instant at);

    /** The number of the newest reload request; 0 before the first. */
    long lastReloadRequest();
}
