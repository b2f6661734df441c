package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What checking the catalog against Minerva and billing found: errors (a package or product that
 * does not exist, an add-on used as a main product or the reverse) and warnings (something sold
 * that carries nothing, something defined that nothing uses). Both empty: the catalog fits.
 */
public record CatalogCheckResult(List<CatalogFinding> errors, List<CatalogFinding> warnings) {

    public CatalogCheckResult {
        errors = List.copyOf(requireNonNull(errors, "errors is null"));
        warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
