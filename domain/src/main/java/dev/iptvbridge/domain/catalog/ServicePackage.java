package dev.iptvbridge.domain.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the operator sells: a set of Minerva packages (channels, the VOD catalog, Caller ID)
 * plus the whole-home DVR switch, which is a customer feature in Minerva, not a package.
 */
public record ServicePackage(String name, SortedSet<String> minervaPackages, boolean wholeHomeDvr) {

    public ServicePackage {
        requireNonNull(name, "name is null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a service package needs a name");
        }
        minervaPackages = Entitlement.immutableSorted(requireNonNull(minervaPackages, "minervaPackages is null"));
    }

    public static ServicePackage of(String name, Set<String> minervaPackages, boolean wholeHomeDvr) {
        return new ServicePackage(name, new TreeSet<>(minervaPackages), wholeHomeDvr);
    }
}
