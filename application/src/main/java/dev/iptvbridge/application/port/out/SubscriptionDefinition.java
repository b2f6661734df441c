package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

/** A subscription PortaBilling defines ({@code Subscription/get_subscription_list}). */
public record SubscriptionDefinition(long subscription, String name) {

    public SubscriptionDefinition {
        requireNonNull(name, "name is null");
    }
}
