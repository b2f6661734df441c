package dev.iptvbridge.bootstrap.soak;

import dev.iptvbridge.domain.billing.Account;
import dev.iptvbridge.domain.billing.AddOn;
import dev.iptvbridge.domain.billing.BillStatus;
import dev.iptvbridge.domain.billing.Customer;
import dev.iptvbridge.domain.billing.CustomerStatus;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import dev.iptvbridge.domain.provisioning.ProvisioningPolicy;
import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.SimCustomer;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether Minerva holds, for every account, what the bridge's own {@link ProvisioningPolicy} desires
 * from the account as the PortaBilling simulator holds it at the end.
 */
final class SoakVerdict {

    private final ProvisioningPolicy policy;
    private final List<String> wrong = new ArrayList<>();

    SoakVerdict(Catalog catalog) {
        this.policy = new ProvisioningPolicy(catalog);
    }

    /** @return how many of {@code accounts} are right; the first few wrong ones are in {@link #wrong()} */
    long accountsRight(Iterable<Long> accounts, PortaBillingSimulator billing, MinervaSimulator minerva) {
        Instant now = Instant.now();
        long right = 0;
        for (long id : accounts) {
            Map<String, Object> info = billing.account(id).orElseThrow();
            long customerId = ((Number) info.get("i_customer")).longValue();
            Customer customer = new Customer(customerId, SoakWorld.customerName(customerId), CustomerStatus.OPEN, false);
            DesiredCustomer desired = policy.desired(id, Optional.of(account(id, info)), Optional.of(customer), now);
            Optional<SimCustomer> held = minerva.customer(String.valueOf(id));
            if (matches(desired, held)) {
                right++;
            } else if (wrong.size() < 10) {
                wrong.add("account " + id + ": desired " + desired + ", Minerva holds " + held);
            }
        }
        return right;
    }

    List<String> wrong() {
        return List.copyOf(wrong);
    }

    private static boolean matches(DesiredCustomer desired, Optional<SimCustomer> held) {
        if (desired instanceof DesiredCustomer.Enabled enabled) {
            return held.filter(c -> SimCustomer.ENABLED.equals(c.status())
                    && new TreeSet<>(c.packages()).equals(enabled.entitlement().minervaPackages())
                    && c.wholeHomeDvr() == enabled.entitlement().wholeHomeDvr()
                    && c.login().equals(enabled.profile().login()) && c.name().equals(enabled.profile().name())).isPresent();
        }
        if (desired instanceof DesiredCustomer.Disabled disabled) {
            // Never created is right too: the bridge does not create a customer only to disable it.
            return held.isEmpty() || SimCustomer.DISABLED.equals(held.get().status())
                    && held.get().login().equals(disabled.profile().login())
                    && held.get().name().equals(disabled.profile().name());
        }
        return held.isEmpty();
    }

    private static Account account(long id, Map<String, Object> info) {
        List<AddOn> addOns = new ArrayList<>();
        for (Object item : (List<?>) info.getOrDefault("assigned_addons", List.of())) {
            long product = ((Number) ((Map<?, ?>) item).get("i_product")).longValue();
            // The soak adds every add-on effective from 2026-01-01, long before the run.
            addOns.add(AddOn.from(product, Instant.parse("2026-01-01T00:00:00Z")));
        }
        return new Account(id, (String) info.get("id"), ((Number) info.get("i_customer")).longValue(),
                SoakWorld.ENVIRONMENT, ((Number) info.get("i_product")).longValue(), addOns,
                "Y".equals(info.get("blocked")), BillStatus.OPEN);
    }
}
