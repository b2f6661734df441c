package dev.iptvbridge.application.port.in;

/**
 * Shows, before anything happens, what a new catalog changes and which accounts it touches. It reads
 * no account from billing: it uses the products the bridge recorded at each account's last reconcile.
 */
public interface DiffCatalogUseCase {

    /** @throws dev.iptvbridge.application.port.out.IntegrationException when the bridge's store cannot be read */
    CatalogDiffResult diff(DiffCatalogQuery query);
}
