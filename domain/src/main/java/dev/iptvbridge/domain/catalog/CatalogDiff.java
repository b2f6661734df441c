package dev.iptvbridge.domain.catalog;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What changes from one catalog to the next: the service packages added, removed or changed, the
 * products and add-ons remapped; and whether a given account's entitlement changes with it.
 */
public final class CatalogDiff {

    private final Catalog before;
    private final Catalog after;

    public CatalogDiff(Catalog before, Catalog after) {
        this.before = requireNonNull(before, "before is null");
        this.after = requireNonNull(after, "after is null");
    }

    /** Every change, service packages first, then products, then add-ons, each sorted by subject. */
    public List<CatalogChange> changes() {
        List<CatalogChange> changes = new ArrayList<>();
        for (String name : union(before.servicePackages().keySet(), after.servicePackages().keySet())) {
            List<String> was = contents(before.servicePackages().get(name));
            List<String> now = contents(after.servicePackages().get(name));
            if (!before.servicePackages().containsKey(name)) {
                changes.add(new CatalogChange(CatalogChange.Kind.SERVICE_PACKAGE_ADDED, name, List.of(), now));
            } else if (!after.servicePackages().containsKey(name)) {
                changes.add(new CatalogChange(CatalogChange.Kind.SERVICE_PACKAGE_REMOVED, name, was, List.of()));
            } else if (!was.equals(now)) {
                changes.add(new CatalogChange(CatalogChange.Kind.SERVICE_PACKAGE_CHANGED, name, was, now));
            }
        }
        remapped(CatalogChange.Kind.PRODUCT_REMAPPED, before.products(), after.products(), changes);
        remapped(CatalogChange.Kind.ADDON_REMAPPED, before.addOns(), after.addOns(), changes);
        return changes;
    }

    /**
     * Whether an account with this main product and these effective add-ons is entitled to something
     * else under the new catalog, or moves between an IPTV product and none: only then does its Minerva
     * customer change.
     */
    public boolean affects(long mainProduct, Collection<Long> effectiveAddOns) {
        return before.isIptvProduct(mainProduct) != after.isIptvProduct(mainProduct)
                || !before.entitlement(mainProduct, effectiveAddOns).equals(after.entitlement(mainProduct, effectiveAddOns));
    }

    public boolean carriesIptvBefore(long mainProduct) {
        return before.isIptvProduct(mainProduct);
    }

    public boolean carriesIptvAfter(long mainProduct) {
        return after.isIptvProduct(mainProduct);
    }

    public Entitlement before(long mainProduct, Collection<Long> effectiveAddOns) {
        return before.entitlement(mainProduct, effectiveAddOns);
    }

    public Entitlement after(long mainProduct, Collection<Long> effectiveAddOns) {
        return after.entitlement(mainProduct, effectiveAddOns);
    }

    private static void remapped(CatalogChange.Kind kind, Map<Long, List<String>> was, Map<Long, List<String>> now,
                                 List<CatalogChange> changes) {
        for (Long product : union(was.keySet(), now.keySet())) {
            List<String> old = sorted(was.getOrDefault(product, List.of()));
            List<String> current = sorted(now.getOrDefault(product, List.of()));
            if (!old.equals(current)) {
                changes.add(new CatalogChange(kind, String.valueOf(product), old, current));
            }
        }
    }

    // A service package in words: its Minerva packages, sorted, then whole-home-dvr when it switches the DVR on.
    private static List<String> contents(ServicePackage servicePackage) {
        if (servicePackage == null) {
            return List.of();
        }
        List<String> contents = new ArrayList<>(servicePackage.minervaPackages());
        if (servicePackage.wholeHomeDvr()) {
            contents.add("whole-home-dvr");
        }
        return contents;
    }

    private static List<String> sorted(List<String> names) {
        return List.copyOf(new TreeSet<>(names));
    }

    private static <T extends Comparable<T>> TreeSet<T> union(Collection<T> a, Collection<T> b) {
        TreeSet<T> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
