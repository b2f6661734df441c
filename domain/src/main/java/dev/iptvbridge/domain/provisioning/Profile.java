package dev.iptvbridge.domain.provisioning;

import static java.util.Objects.requireNonNull;

/** How a customer is shown in Minerva: the login follows the account's display id, the name the customer's. */
public record Profile(String login, String name) {

    public Profile {
        requireNonNull(login, "login is null");
        requireNonNull(name, "name is null");
    }
}
