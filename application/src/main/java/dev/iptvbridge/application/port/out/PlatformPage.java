package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.List;

/**
 * One page of the platform's customers.
 *
 * @param customers those whose {@code externalId} is an {@code i_account}
 * @param foreign   the {@code externalId}s of the others, which the bridge never touches
 * @param total     the platform's count of all its customers, both kinds
 */
public record PlatformPage(List<IptvCustomer> customers, List<String> foreign, long total) {

    public PlatformPage {
        customers = List.copyOf(requireNonNull(customers, "customers is null"));
        foreign = List.copyOf(requireNonNull(foreign, "foreign is null"));
    }

    public int size() {
        return customers.size() + foreign.size();
    }
}
