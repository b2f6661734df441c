package dev.iptvbridge.portabilling;

import dev.iptvbridge.portabilling.ApiRequests.AccountQuery;
import dev.iptvbridge.portabilling.ApiRequests.Envelope;
import dev.iptvbridge.portabilling.SubscriptionJson.ListQuery;
import dev.iptvbridge.portabilling.SubscriptionJson.SubscriptionListAnswer;
import dev.iptvbridge.portabilling.SubscriptionJson.SubscriptionsAnswer;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/**
 * PortaBilling's subscriptions (recurring fees): {@code Account/get_subscriptions} and
 * {@code Subscription/get_subscription_list} of the JSON API (docs/portabilling.md, "Subscriptions").
 */
interface SubscriptionApi {

    @RequestLine("POST /rest/Account/get_subscriptions")
    @Headers({"Content-Type: application/json", "Authorization: Bearer {token}"})
    SubscriptionsAnswer getSubscriptions(@Param("token") String token, Envelope<AccountQuery> body);

    @RequestLine("POST /rest/Subscription/get_subscription_list")
    @Headers({"Content-Type: application/json", "Authorization: Bearer {token}"})
    SubscriptionListAnswer getSubscriptionList(@Param("token") String token, Envelope<ListQuery> body);
}
