package dev.iptvbridge.application.port.out;

import dev.iptvbridge.domain.catalog.Catalog;

/** The bridge's catalog file, and how its text becomes a {@link Catalog}. */
public interface CatalogFilePort {

    /** @throws InvalidCatalogException when the file is gone or cannot be read, naming it and the fix */
    CatalogText read();

    /** @throws InvalidCatalogException naming what is wrong in the text (syntax, unknown service package) */
    Catalog parse(String content);
}
