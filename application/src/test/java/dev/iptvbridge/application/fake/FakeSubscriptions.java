package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.port.out.AccountSubscription;
import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.SubscriptionDefinition;
import dev.iptvbridge.application.port.out.SubscriptionStatus;
import dev.iptvbridge.application.port.out.SubscriptionsPort;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** PortaBilling's subscriptions in memory; can be told to fail the next reads. */
public final class FakeSubscriptions implements SubscriptionsPort {

    private final Map<Long, List<AccountSubscription>> byAccount = new TreeMap<>();
    private final Map<Long, SubscriptionDefinition> defined = new TreeMap<>();
    private final Deque<IntegrationException> failures = new ArrayDeque<>();
    private int reads;

    public FakeSubscriptions define(long subscription, String name) {
        defined.put(subscription, new SubscriptionDefinition(subscription, name));
        return this;
    }

    public FakeSubscriptions give(long account, long subscription, SubscriptionStatus status) {
        byAccount.computeIfAbsent(account, a -> new ArrayList<>()).add(new AccountSubscription(subscription,
                "subscription " + subscription, Optional.empty(), Optional.empty(), status));
        return this;
    }

    /** The next reads of an account's subscriptions throw these, one each. */
    public void failNext(IntegrationException... next) {
        failures.addAll(List.of(next));
    }

    public int reads() {
        return reads;
    }

    @Override
    public List<AccountSubscription> subscriptionsOf(long accountId) {
        reads++;
        if (!failures.isEmpty()) {
            throw failures.poll();
        }
        return List.copyOf(byAccount.getOrDefault(accountId, List.of()));
    }

    @Override
    public List<SubscriptionDefinition> listSubscriptions(int offset, int limit) {
        List<SubscriptionDefinition> all = List.copyOf(defined.values());
        return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
    }
}
