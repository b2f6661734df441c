package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

/**
 * One thing the catalog check found: where it is, what is wrong, and how to fix it.
 *
 * @param error   true when accounts would be served wrongly (the start stops on it), false for a warning
 */
public record CatalogFinding(boolean error, CatalogPlace place, String message, String fix) {

    public CatalogFinding {
        requireNonNull(place, "place is null");
        requireNonNull(message, "message is null");
        requireNonNull(fix, "fix is null");
    }
}
