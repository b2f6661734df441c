package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One subscription (recurring fee) of an account, as PortaBilling's {@code Account/get_subscriptions} shows it.
 *
 * @param subscription the {@code i_subscription} it is an instance of
 * @param finish       empty while it has no end date
 */
public record AccountSubscription(long subscription, String name, Optional<LocalDate> start,
                                  Optional<LocalDate> finish, SubscriptionStatus status) {

    public AccountSubscription {
        requireNonNull(name, "name is null");
        requireNonNull(start, "start is null");
        requireNonNull(finish, "finish is null");
        requireNonNull(status, "status is null");
    }

    public boolean charges() {
        return status == SubscriptionStatus.ACTIVE;
    }
}
