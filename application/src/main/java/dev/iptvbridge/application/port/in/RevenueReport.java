package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What a revenue check found, by account then service package.
 *
 * @param customersChecked the Minerva customers whose subscriptions were read
 * @param servedNotCharged accounts that receive a charged service package in Minerva without an active
 *                         subscription that charges for it: revenue lost
 * @param chargedNotServed accounts with an active subscription for a service package they do not receive:
 *                         a customer charged for nothing
 */
public record RevenueReport(Instant checkedAt, long customersChecked, List<RevenueFinding> servedNotCharged,
                            List<RevenueFinding> chargedNotServed) {

    public RevenueReport {
        requireNonNull(checkedAt, "checkedAt is null");
        servedNotCharged = List.copyOf(requireNonNull(servedNotCharged, "servedNotCharged is null"));
        chargedNotServed = List.copyOf(requireNonNull(chargedNotServed, "chargedNotServed is null"));
    }
}
