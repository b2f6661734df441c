package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One generation of the catalog every bridge on a database uses: the newest generation is the active one.
 *
 * @param generation 1 for the first catalog stored, one more for each switch
 * @param digest     {@link dev.iptvbridge.domain.catalog.CatalogDigest} of its content
 * @param content    the catalog file's text, as it was validated
 * @param storedBy   the instance that stored it
 */
public record StoredCatalog(long generation, String digest, String content, Instant storedAt, String storedBy) {

    public StoredCatalog {
        requireNonNull(digest, "digest is null");
        requireNonNull(content, "content is null");
        requireNonNull(storedAt, "storedAt is null");
        requireNonNull(storedBy, "storedBy is null");
    }
}
