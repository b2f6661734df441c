package dev.iptvbridge.application.port.in;

import dev.iptvbridge.domain.catalog.Catalog;

/**
 * Checks a catalog against what Minerva offers ({@code GET /packages}) and what billing sells (its
 * product list): the {@code catalog check} command, the daemon's start-up check and a reload's check.
 * Changes nothing.
 */
public interface CheckCatalogUseCase {

    /**
     * @throws dev.iptvbridge.application.port.out.IntegrationException when Minerva or billing cannot be read:
     *                                                                   nothing was checked
     */
    CatalogCheckResult check(Catalog catalog);
}
