package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.StoredCatalog;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** The tables {@code catalog_generation} and {@code catalog_reload}. */
final class CatalogGenerations {

    private final Jdbi jdbi;

    CatalogGenerations(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    OptionalLong activeGeneration() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT MAX(generation) FROM catalog_generation")
                .mapTo(Long.class).findOne().map(OptionalLong::of).orElse(OptionalLong.empty()));
    }

    Optional<StoredCatalog> active() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT generation, digest, content, stored_at, stored_by FROM catalog_generation
                         ORDER BY generation DESC LIMIT 1""")
                .map((rs, ctx) -> new StoredCatalog(rs.getLong("generation"), rs.getString("digest"),
                        rs.getString("content"), rs.getObject("stored_at", OffsetDateTime.class).toInstant(),
                        rs.getString("stored_by")))
                .findOne());
    }

    boolean store(StoredCatalog next) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO catalog_generation (generation, digest, content, stored_at, stored_by)
                            VALUES (:generation, :digest, :content, :storedAt, :storedBy)""")
                    .bind("generation", next.generation()).bind("digest", next.digest()).bind("content", next.content())
                    .bind("storedAt", next.storedAt()).bind("storedBy", Text.cut(next.storedBy(), 400)).execute());
            return true;
        } catch (JdbiException lost) {
            // Another bridge inserted this generation first: the primary key is the compare-and-set.
            if (Failures.isUniqueViolation(lost)) {
                return false;
            }
            throw lost;
        }
    }

    long requestReload(Instant at) {
        return Optimistic.retry("record a catalog reload request", () -> jdbi.inTransaction(handle -> {
            long request = handle.createQuery("SELECT COALESCE(MAX(request), 0) + 1 FROM catalog_reload")
                    .mapTo(Long.class).one();
            handle.createUpdate("INSERT INTO catalog_reload (request, requested_at) VALUES (:request, :at)")
                    .bind("request", request).bind("at", at).execute();
            return request;
        }));
    }

    long lastReloadRequest() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COALESCE(MAX(request), 0) FROM catalog_reload")
                .mapTo(Long.class).one());
    }
}
