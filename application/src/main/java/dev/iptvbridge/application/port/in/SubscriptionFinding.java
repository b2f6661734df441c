package dev.iptvbridge.application.port.in;

import static java.util.Objects.requireNonNull;

/**
 * A catalog error found against PortaBilling: a service package names a subscription
 * ({@code subscriptions: [id]}) that PortaBilling does not define.
 *
 * @param message what is wrong and how to fix it, for a person
 */
public record SubscriptionFinding(String servicePackage, long subscription, String message) {

    public SubscriptionFinding {
        requireNonNull(servicePackage, "servicePackage is null");
        requireNonNull(message, "message is null");
    }
}
