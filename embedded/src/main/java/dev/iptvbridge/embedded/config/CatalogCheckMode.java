package dev.iptvbridge.embedded.config;

/**
 * {@code catalogCheck}: what the start does when the catalog check finds errors (a package or product
 * that does not exist, an add-on used as a main product or the reverse).
 */
public enum CatalogCheckMode {
    /** The start stops (exit 3) with the findings. The default. */
    FAIL,
    /** The findings are logged as warnings and {@code /health/ready} shows the catalog DEGRADED. */
    WARN
}
