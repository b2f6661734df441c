package dev.iptvbridge.application.port.out;

import java.util.List;

/**
 * PortaBilling's subscriptions: the recurring fees it charges and prints on the bill. Every method
 * may throw an {@link IntegrationException}; a {@link TransientFailure} may say when to ask again.
 */
public interface SubscriptionsPort {

    /** The account's subscriptions, whatever their status; empty when it has none or billing does not know it. */
    List<AccountSubscription> subscriptionsOf(long accountId);

    /** One page of the subscriptions PortaBilling defines; a page shorter than {@code limit} is the last. */
    List<SubscriptionDefinition> listSubscriptions(int offset, int limit);
}
