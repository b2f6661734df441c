package dev.iptvbridge.domain.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One difference between two catalogs.
 *
 * @param kind    what changed
 * @param subject the service package's name, or the product's or add-on's {@code i_product}
 * @param before  what it held before: Minerva packages (and {@code whole-home-dvr}) of a service package,
 *                the service packages of a product or add-on; empty when it was added
 * @param after   what it holds now, in the same terms; empty when it was removed
 */
public record CatalogChange(Kind kind, String subject, List<String> before, List<String> after) {

    /** The kinds of change, named as the {@code catalog diff} output names them. */
    public enum Kind {
        SERVICE_PACKAGE_ADDED, SERVICE_PACKAGE_REMOVED, SERVICE_PACKAGE_CHANGED, PRODUCT_REMAPPED, ADDON_REMAPPED
    }

    public CatalogChange {
        requireNonNull(kind, "kind is null");
        requireNonNull(subject, "subject is null");
        before = List.copyOf(requireNonNull(before, "before is null"));
        after = List.copyOf(requireNonNull(after, "after is null"));
    }
}
