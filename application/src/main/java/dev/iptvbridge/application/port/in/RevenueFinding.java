package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One account whose service and charges disagree for one service package.
 *
 * @param subscriptions served but not charged: the subscriptions that should charge for it;
 *                      charged but not served: the active ones that do
 */
public record RevenueFinding(long account, String servicePackage, SortedSet<Long> subscriptions) {

    public RevenueFinding {
        requireNonNull(servicePackage, "servicePackage is null");
        subscriptions = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(subscriptions,
                "subscriptions is null")));
    }
}
