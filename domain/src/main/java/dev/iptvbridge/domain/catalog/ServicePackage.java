package dev.iptvbridge.domain.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the operator sells: a set of Minerva packages (channels, the VOD catalog, Caller ID)
 * plus the whole-home DVR switch, which is a customer feature in Minerva, not a package.
 *
 * @param subscriptions the PortaBilling subscriptions ({@code i_subscription}) that charge for it;
 *                      empty when it is not charged on its own
 */
public record ServicePackage(String name, SortedSet<String> minervaPackages, boolean wholeHomeDvr,
                             SortedSet<Long> subscriptions) {

    public ServicePackage {
        requireNonNull(name, "name is null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a service package needs a name");
        }
        minervaPackages = Entitlement.immutableSorted(requireNonNull(minervaPackages, "minervaPackages is null"));
        subscriptions = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(subscriptions,
                "subscriptions is null")));
    }

    /** A service package that no subscription charges for. */
    public ServicePackage(String name, SortedSet<String> minervaPackages, boolean wholeHomeDvr) {
        this(name, minervaPackages, wholeHomeDvr, new TreeSet<>());
    }

    public static ServicePackage of(String name, Set<String> minervaPackages, boolean wholeHomeDvr) {
        return new ServicePackage(name, new TreeSet<>(minervaPackages), wholeHomeDvr);
    }

    public static ServicePackage of(String name, Set<String> minervaPackages, boolean wholeHomeDvr,
                                    Set<Long> subscriptions) {
        return new ServicePackage(name, new TreeSet<>(minervaPackages), wholeHomeDvr, new TreeSet<>(subscriptions));
    }

    /** Whether a PortaBilling subscription charges for it. */
    public boolean charged() {
        return !subscriptions.isEmpty();
    }

    /** Whether a customer with these Minerva packages and DVR switch holds all this service package gives. */
    public boolean heldBy(Set<String> packages, boolean dvr) {
        return packages.containsAll(minervaPackages) && (!wholeHomeDvr || dvr);
    }

    /** Whether it gives anything at all (a package or the DVR switch). */
    public boolean givesSomething() {
        return !minervaPackages.isEmpty() || wholeHomeDvr;
    }
}
