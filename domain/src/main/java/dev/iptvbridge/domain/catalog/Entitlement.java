package dev.iptvbridge.domain.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** What one account is entitled to in Minerva: the union of its service packages. */
public record Entitlement(SortedSet<String> minervaPackages, boolean wholeHomeDvr) {

    public static final Entitlement NONE = new Entitlement(new TreeSet<>(), false);

    public Entitlement {
        minervaPackages = immutableSorted(requireNonNull(minervaPackages, "minervaPackages is null"));
    }

    public Entitlement plus(ServicePackage servicePackage) {
        SortedSet<String> packages = new TreeSet<>(minervaPackages);
        packages.addAll(servicePackage.minervaPackages());
        return new Entitlement(packages, wholeHomeDvr || servicePackage.wholeHomeDvr());
    }

    static SortedSet<String> immutableSorted(SortedSet<String> packages) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(packages));
    }
}
