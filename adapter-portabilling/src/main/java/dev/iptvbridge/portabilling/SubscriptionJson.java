package dev.iptvbridge.portabilling;

import java.util.List;

/** The JSON of the subscription methods, as read: every field may be missing (null). */
final class SubscriptionJson {

    private SubscriptionJson() {
    }

    record ListQuery(int limit, int offset) {
    }

    record SubscriptionsAnswer(List<AccountSubscriptionJson> subscriptions) {
    }

    record AccountSubscriptionJson(Long iAccountSubscription, Long iSubscription, String name, String startDate,
                                   String finishDate, String status) {
    }

    record SubscriptionListAnswer(List<DefinitionJson> subscriptionList) {
    }

    record DefinitionJson(Long iSubscription, String name) {
    }
}
