package dev.iptvbridge.portabilling;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.AccountSubscription;
import dev.iptvbridge.application.port.out.SubscriptionDefinition;
import dev.iptvbridge.application.port.out.SubscriptionStatus;
import dev.iptvbridge.application.port.out.SubscriptionsPort;
import dev.iptvbridge.portabilling.ApiRequests.AccountQuery;
import dev.iptvbridge.portabilling.ApiRequests.Envelope;
import dev.iptvbridge.portabilling.SubscriptionJson.AccountSubscriptionJson;
import dev.iptvbridge.portabilling.SubscriptionJson.DefinitionJson;
import dev.iptvbridge.portabilling.SubscriptionJson.ListQuery;
import dev.iptvbridge.portabilling.SubscriptionJson.SubscriptionListAnswer;
import dev.iptvbridge.portabilling.SubscriptionJson.SubscriptionsAnswer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * PortaBilling's subscriptions, read over the session and through the circuit breaker of a
 * {@link PortaBillingAdapter}. An account PortaBilling does not know has none.
 */
public final class PortaBillingSubscriptions implements SubscriptionsPort {

    private final PortaBillingAdapter adapter;
    private final SubscriptionApi api;

    PortaBillingSubscriptions(PortaBillingAdapter adapter, SubscriptionApi api) {
        this.adapter = requireNonNull(adapter, "adapter is null");
        this.api = requireNonNull(api, "api is null");
    }

    /** Over the adapter's session and breaker, with a client of its own on the same settings. */
    public static PortaBillingSubscriptions over(PortaBillingAdapter adapter) {
        requireNonNull(adapter, "adapter is null");
        PortaBillingSettings settings = adapter.settings();
        return new PortaBillingSubscriptions(adapter, new FeignClients(settings).target(SubscriptionApi.class,
                new NotFoundFaults(new PortaBillingErrorDecoder(settings.login()))));
    }

    @Override
    public List<AccountSubscription> subscriptionsOf(long accountId) {
        String operation = "Account/get_subscriptions";
        SubscriptionsAnswer answer = adapter.read(operation,
                token -> api.getSubscriptions(token, new Envelope<>(new AccountQuery(accountId))));
        if (answer == null || answer.subscriptions() == null) {
            throw AnswerMapper.missing(operation, "subscriptions");
        }
        List<AccountSubscription> result = new ArrayList<>(answer.subscriptions().size());
        for (int i = 0; i < answer.subscriptions().size(); i++) {
            result.add(subscription(operation + " subscriptions[" + i + "]", answer.subscriptions().get(i)));
        }
        return result;
    }

    @Override
    public List<SubscriptionDefinition> listSubscriptions(int offset, int limit) {
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("offset must be >= 0 and limit > 0, were " + offset + " and " + limit);
        }
        String operation = "Subscription/get_subscription_list";
        SubscriptionListAnswer answer = adapter.read(operation,
                token -> api.getSubscriptionList(token, new Envelope<>(new ListQuery(limit, offset))));
        if (answer == null || answer.subscriptionList() == null) {
            throw AnswerMapper.missing(operation, "subscription_list");
        }
        List<SubscriptionDefinition> result = new ArrayList<>(answer.subscriptionList().size());
        for (DefinitionJson json : answer.subscriptionList()) {
            if (json.iSubscription() == null) {
                throw AnswerMapper.missing(operation, "subscription_list[].i_subscription");
            }
            result.add(new SubscriptionDefinition(json.iSubscription(), json.name() == null ? "" : json.name()));
        }
        return result;
    }

    private static AccountSubscription subscription(String where, AccountSubscriptionJson json) {
        if (json.iSubscription() == null) {
            throw AnswerMapper.missing(where, "i_subscription");
        }
        SubscriptionStatus status;
        try {
            status = SubscriptionStatus.valueOf(String.valueOf(json.status()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw AnswerMapper.missing(where, "a status of active, pending or closed (got '" + json.status() + "')");
        }
        return new AccountSubscription(json.iSubscription(), json.name() == null ? "" : json.name(),
                date(where, json.startDate()), date(where, json.finishDate()), status);
    }

    private static Optional<LocalDate> date(String where, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException wrong) {
            throw AnswerMapper.missing(where, "a date such as 2026-11-01 (got '" + text + "')");
        }
    }
}
