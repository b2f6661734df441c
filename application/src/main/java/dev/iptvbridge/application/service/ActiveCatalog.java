package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.CatalogDigest;

/**
 * The catalog this bridge uses now, swapped whole when the active generation changes. A reconcile
 * reads it once, at its start, so that it never mixes two catalogs.
 */
public final class ActiveCatalog {

    /**
     * @param generation the database's generation it came from; 0 for the file read at start, before
     *                   the database was asked
     */
    public record Version(Catalog catalog, String digest, long generation) {
        public Version {
            requireNonNull(catalog, "catalog is null");
            requireNonNull(digest, "digest is null");
        }
    }

    private volatile Version current;

    public ActiveCatalog(Catalog atStart) {
        this.current = new Version(atStart, CatalogDigest.of(atStart), 0);
    }

    public Version current() {
        return current;
    }

    public Catalog catalog() {
        return current.catalog();
    }

    void switchTo(Version next) {
        this.current = requireNonNull(next, "next is null");
    }
}
