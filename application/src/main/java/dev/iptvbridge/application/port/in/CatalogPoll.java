package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Where one look at the catalog left this bridge.
 *
 * @param generation    the active generation it now uses (0 before the database holds one)
 * @param digest        the active catalog's digest
 * @param refused       why this bridge's catalog file is refused, while it is; the old catalog stays in use
 * @param newlyRefused  whether this look refused the file (a new text, or a reload asked for), not an earlier one
 * @param news          what happened, for the log: a switch and its reach, a file that differs from the active catalog
 */
public record CatalogPoll(long generation, String digest, Optional<String> refused, boolean newlyRefused,
                          List<String> news) {

    public CatalogPoll {
        requireNonNull(digest, "digest is null");
        requireNonNull(refused, "refused is null");
        news = List.copyOf(requireNonNull(news, "news is null"));
    }
}
