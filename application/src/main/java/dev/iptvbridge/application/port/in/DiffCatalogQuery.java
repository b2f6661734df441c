package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.catalog.Catalog;

/**
 * Two catalogs to compare over the accounts the bridge serves.
 *
 * @param sampleSize how many affected accounts to describe in full (their plans); 0 for none
 */
public record DiffCatalogQuery(Catalog before, Catalog after, int sampleSize) {

    public DiffCatalogQuery {
        requireNonNull(before, "before is null");
        requireNonNull(after, "after is null");
        if (sampleSize < 0) {
            throw new IllegalArgumentException("sampleSize must not be negative");
        }
    }
}
