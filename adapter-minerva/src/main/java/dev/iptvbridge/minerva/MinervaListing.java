package dev.iptvbridge.minerva;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.out.PlatformListingPort;
import dev.iptvbridge.application.port.out.PlatformPage;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /customers?page=&size=} with the customers the bridge did not make kept apart (their
 * {@code externalId} is not an {@code i_account}), over the cap, breaker, retries and rate limit of
 * a {@link MinervaAdapter}. Thread-safe.
 */
public final class MinervaListing implements PlatformListingPort {

    private final MinervaAdapter adapter;

    public MinervaListing(MinervaAdapter adapter) {
        this.adapter = requireNonNull(adapter, "adapter is null");
    }

    @Override
    public PlatformPage listEverything(int page, int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new IllegalArgumentException("page must be 0 or more and size from 1 to 1000, not page "
                    + page + " size " + size);
        }
        String action = "list Minerva customers (page " + page + ", size " + size + ")";
        CustomerPageJson json = CustomerMapping.field(adapter.call(action, () -> adapter.api().list(page, size)),
                "body", action);
        List<IptvCustomer> ours = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        for (CustomerJson customer : CustomerMapping.field(json.customers(), "customers", action)) {
            Optional<IptvCustomer> mapped = CustomerMapping.toDomainIfOurs(customer, action);
            if (mapped.isPresent()) {
                ours.add(mapped.get());
            } else {
                foreign.add(String.valueOf(customer.externalId()));
            }
        }
        return new PlatformPage(ours, foreign, CustomerMapping.field(json.total(), "total", action));
    }
}
