package dev.iptvbridge.portabilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.port.out.AccountSubscription;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.SubscriptionDefinition;
import dev.iptvbridge.application.port.out.SubscriptionStatus;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Subscriptions read from the PortaBilling simulator over real HTTP, on the adapter's session. */
class SubscriptionsSimulatorIT {

    private static PortaBillingSimulator simulator;
    private static PortaBillingSubscriptions subscriptions;

    @BeforeAll
    static void start() throws Exception {
        simulator = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults());
        try (InputStream demo = SubscriptionsSimulatorIT.class.getResourceAsStream("/scenarios/demo.yaml")) {
            simulator.loadScenario(demo);
        }
        subscriptions = PortaBillingSubscriptions.over(
                PortaBillingAdapter.create(PortaBillingSettings.of(simulator.baseUrl(), "bridge", "bridge-secret")));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void anAccountsSubscriptionsReadWithStatusAndDates() {
        assertThat(subscriptions.subscriptionsOf(1000889)).extracting(AccountSubscription::subscription,
                AccountSubscription::status).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(101L, SubscriptionStatus.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple(201L, SubscriptionStatus.ACTIVE));
        assertThat(subscriptions.subscriptionsOf(1000892)).extracting(AccountSubscription::status)
                .containsExactly(SubscriptionStatus.PENDING);
        assertThatThrownBy(() -> subscriptions.subscriptionsOf(4242)).isInstanceOf(NotFoundFailure.class);
    }

    @Test
    void subscriptionsSetByHandAreWhatTheAccountShowsAndTheListKnowsThem() {
        Map<String, Object> sports = new HashMap<>(Map.of("i_subscription", 12, "name", "Sports monthly",
                "start_date", "2026-11-01", "status", "active"));
        sports.put("finish_date", null);
        simulator.setSubscriptions(1000890, List.of(sports));

        assertThat(subscriptions.subscriptionsOf(1000890)).containsExactly(new AccountSubscription(12, "Sports monthly",
                Optional.of(LocalDate.parse("2026-11-01")), Optional.empty(), SubscriptionStatus.ACTIVE));
        assertThat(subscriptions.listSubscriptions(0, 500)).extracting(SubscriptionDefinition::subscription)
                .containsExactly(12L, 101L, 102L, 103L, 201L);
        assertThat(subscriptions.listSubscriptions(1, 2)).extracting(SubscriptionDefinition::subscription)
                .containsExactly(101L, 102L);
    }
}
