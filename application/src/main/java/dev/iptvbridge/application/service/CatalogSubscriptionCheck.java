package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.SubscriptionFinding;
import dev.iptvbridge.application.port.out.SubscriptionDefinition;
import dev.iptvbridge.application.port.out.SubscriptionsPort;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.ServicePackage;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The part of the catalog check that concerns recurring fees: every {@code subscriptions:} id of a
 * service package must be one PortaBilling defines. Which subscriptions a product or add-on carries
 * PortaBilling does not show, so a product handing out a charged service package without its
 * subscription cannot be found here (docs/billing.md).
 */
public final class CatalogSubscriptionCheck {

    static final int PAGE_SIZE = 500;

    private final SubscriptionsPort subscriptions;

    @Inject
    public CatalogSubscriptionCheck(SubscriptionsPort subscriptions) {
        this.subscriptions = requireNonNull(subscriptions, "subscriptions is null");
    }

    /**
     * @return the errors, by service package name then subscription; empty when every id is known
     * @throws dev.iptvbridge.application.port.out.IntegrationException when PortaBilling cannot be read
     */
    public List<SubscriptionFinding> check(Catalog catalog) {
        List<ServicePackage> charged = catalog.servicePackages().values().stream().filter(ServicePackage::charged)
                .sorted(java.util.Comparator.comparing(ServicePackage::name)).toList();
        List<SubscriptionFinding> findings = new ArrayList<>();
        if (charged.isEmpty()) {
            return findings;
        }
        Set<Long> known = known();
        for (ServicePackage servicePackage : charged) {
            for (long id : servicePackage.subscriptions()) {
                if (!known.contains(id)) {
                    findings.add(new SubscriptionFinding(servicePackage.name(), id, "service package '"
                            + servicePackage.name() + "' names subscription " + id + ", which PortaBilling does not "
                            + "define (Subscription/get_subscription_list): correct its subscriptions: in the catalog"));
                }
            }
        }
        return findings;
    }

    private Set<Long> known() {
        Set<Long> known = new HashSet<>();
        List<SubscriptionDefinition> page;
        int offset = 0;
        do {
            page = subscriptions.listSubscriptions(offset, PAGE_SIZE);
            page.forEach(definition -> known.add(definition.subscription()));
            offset += page.size();
        } while (page.size() >= PAGE_SIZE);
        return known;
    }
}
