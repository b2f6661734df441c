package dev.iptvbridge.application.port.in;

/** Asks every bridge running on the database to read its catalog file again now. */
public interface ReloadCatalogUseCase {

    /**
     * @return the request's number
     * @throws dev.iptvbridge.application.port.out.IntegrationException when the database cannot be reached
     */
    long requestReload();
}
