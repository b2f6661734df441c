package dev.iptvbridge.application.port.in;

import dev.iptvbridge.domain.catalog.Catalog;
import java.util.List;

/**
 * The check a new catalog passes before a running bridge switches to it, beyond parsing (which has
 * already refused syntax errors and unknown service packages). An empty list passes.
 */
public interface CatalogValidator {

    /** Passes every parsed catalog: the check when nothing more than parsing is wired. */
    CatalogValidator PARSE_ONLY = candidate -> List.of();

    /** What is wrong with {@code candidate}, each naming the problem and the fix; empty when it may be used. */
    List<String> errors(Catalog candidate);
}
