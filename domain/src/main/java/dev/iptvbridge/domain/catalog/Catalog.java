package dev.iptvbridge.domain.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which PortaBilling main products and add-ons carry which service packages. A main product
 * that carries at least one service package is an IPTV product; add-ons count only on top of one.
 */
public final class Catalog {

    private final Map<String, ServicePackage> servicePackages;
    private final Map<Long, List<String>> products;
    private final Map<Long, List<String>> addOns;

    /**
     * @throws IllegalArgumentException naming the product and the unknown service package when
     *                                  a product or add-on names a service package that is not defined
     */
    public Catalog(Map<String, ServicePackage> servicePackages, Map<Long, List<String>> products,
                   Map<Long, List<String>> addOns) {
        this.servicePackages = Map.copyOf(requireNonNull(servicePackages, "servicePackages is null"));
        this.products = copy(requireNonNull(products, "products is null"), "product");
        this.addOns = copy(requireNonNull(addOns, "addOns is null"), "add-on");
    }

    public static Catalog empty() {
        return new Catalog(Map.of(), Map.of(), Map.of());
    }

    public boolean isIptvProduct(long mainProduct) {
        return !products.getOrDefault(mainProduct, List.of()).isEmpty();
    }

    /** The entitlement of a main product with the given effective add-ons; NONE for a product without IPTV. */
    public Entitlement entitlement(long mainProduct, Collection<Long> effectiveAddOns) {
        if (!isIptvProduct(mainProduct)) {
            return Entitlement.NONE;
        }
        Entitlement entitlement = Entitlement.NONE;
        for (String name : products.get(mainProduct)) {
            entitlement = entitlement.plus(servicePackages.get(name));
        }
        for (Long addOn : effectiveAddOns) {
            for (String name : addOns.getOrDefault(addOn, List.of())) {
                entitlement = entitlement.plus(servicePackages.get(name));
            }
        }
        return entitlement;
    }

    public Optional<ServicePackage> servicePackage(String name) {
        return Optional.ofNullable(servicePackages.get(name));
    }

    /** Every Minerva package the catalog can hand out, to check against what Minerva offers. */
    public Set<String> minervaPackages() {
        Set<String> all = new TreeSet<>();
        servicePackages.values().forEach(servicePackage -> all.addAll(servicePackage.minervaPackages()));
        return all;
    }

    /** The service packages by name, to compare two catalogs. */
    public Map<String, ServicePackage> servicePackages() {
        return servicePackages;
    }

    /** The service packages each main product carries, to compare two catalogs. */
    public Map<Long, List<String>> products() {
        return products;
    }

    /** The service packages each add-on carries, to compare two catalogs. */
    public Map<Long, List<String>> addOns() {
        return addOns;
    }

    private Map<Long, List<String>> copy(Map<Long, List<String>> source, String kind) {
        source.forEach((product, names) -> names.forEach(name -> {
            if (!servicePackages.containsKey(name)) {
                throw new IllegalArgumentException(kind + " " + product + " names service package '" + name
                        + "', which is not defined: add it under servicePackages or remove it from the " + kind);
            }
        }));
        return source.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }
}
