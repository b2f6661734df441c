package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where in the catalog file a finding is: a section ({@code servicePackages}, {@code products} or
 * {@code addons}), optionally one key in it (a service package's name, an {@code i_product}) and one
 * item under that key (a Minerva package id, a service package's name). Whoever has the file finds its line.
 */
public record CatalogPlace(String section, Optional<String> key, Optional<String> item) {

    public static final String SERVICE_PACKAGES = "servicePackages";
    public static final String PRODUCTS = "products";
    public static final String ADDONS = "addons";

    public CatalogPlace {
        requireNonNull(section, "section is null");
        requireNonNull(key, "key is null");
        requireNonNull(item, "item is null");
    }

    public static CatalogPlace section(String section) {
        return new CatalogPlace(section, Optional.empty(), Optional.empty());
    }

    public static CatalogPlace key(String section, String key) {
        return new CatalogPlace(section, Optional.of(key), Optional.empty());
    }

    public static CatalogPlace item(String section, String key, String item) {
        return new CatalogPlace(section, Optional.of(key), Optional.of(item));
    }
}
