package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.catalog.CatalogChange;
import java.util.List;

/**
 * What a catalog change does: the changes, every account whose Minerva customer changes with it
 * (ascending), how many, and a few of them in full.
 */
public record CatalogDiffResult(List<CatalogChange> changes, List<Long> affected, long count,
                                List<AffectedSample> samples) {

    public CatalogDiffResult {
        changes = List.copyOf(requireNonNull(changes, "changes is null"));
        affected = List.copyOf(requireNonNull(affected, "affected is null"));
        samples = List.copyOf(requireNonNull(samples, "samples is null"));
    }
}
