package dev.iptvbridge.domain.history;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.ServicePackage;
import dev.iptvbridge.domain.provisioning.DesiredCustomer;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import dev.iptvbridge.domain.provisioning.Reason;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where each service package of an account stands after a reconcile, from what Minerva holds
 * once the applied steps went through (never from the plan alone). Only service packages that are
 * not absent are named.
 */
public final class ServiceStandings {

    private final Catalog catalog;

    public ServiceStandings(Catalog catalog) {
        this.catalog = requireNonNull(catalog, "catalog is null");
    }

    /**
     * @param entitled the service packages billing hands the account now (product and effective add-ons)
     * @param desired  what the reconcile aimed at, for the reason of a disabled customer
     * @param current  what Minerva holds after the reconcile; empty when there is no customer
     * @param previous where each service package stood before, as recorded
     */
    public SortedMap<String, ServiceStanding> after(SortedSet<String> entitled, DesiredCustomer desired,
                                                    Optional<IptvCustomer> current,
                                                    Map<String, ServiceStanding> previous) {
        SortedMap<String, ServiceStanding> standings = new TreeMap<>();
        if (current.isEmpty()) {
            return standings;
        }
        IptvCustomer customer = current.get();
        if (customer.isEnabled()) {
            held(customer, entitled, previous, exactlyAsDesired(desired, customer))
                    .forEach(name -> standings.put(name, ServiceStanding.ENABLED));
            return standings;
        }
        Optional<Reason> reason = desired.reason().filter(cause -> cause != Reason.TERMINATED);
        // A customer that stays disabled without a newer reason (a failed resume or delete) keeps the one it had.
        Optional<Reason> before = previous.values().stream().map(ServiceStanding::reason).flatMap(Optional::stream)
                .findFirst();
        for (String name : held(customer, entitled, previous, false)) {
            Optional<Reason> why = reason.isPresent() ? reason
                    : Optional.ofNullable(previous.get(name)).flatMap(ServiceStanding::reason).or(() -> before);
            standings.put(name, ServiceStanding.disabled(why));
        }
        return standings;
    }

    // After a whole plan the customer is exactly the entitlement: its service packages are the entitled ones.
    // After a partial one (or for a disabled customer, whose packages stay) each candidate is checked
    // against what the customer holds; with no candidate at all, every service package it holds counts.
    private Set<String> held(IptvCustomer customer, SortedSet<String> entitled, Map<String, ServiceStanding> previous,
                             boolean exact) {
        if (exact) {
            return entitled;
        }
        SortedSet<String> candidates = new TreeSet<>(entitled);
        previous.forEach((name, standing) -> {
            if (standing.state() != ServiceState.ABSENT) {
                candidates.add(name);
            }
        });
        SortedSet<String> held = new TreeSet<>();
        for (String name : candidates) {
            catalog.servicePackage(name).filter(sp -> holds(customer, sp)).ifPresent(sp -> held.add(name));
        }
        if (held.isEmpty()) {
            catalog.servicePackages().values().stream()
                    .filter(ServicePackage::givesSomething)
                    .filter(sp -> holds(customer, sp))
                    .forEach(sp -> held.add(sp.name()));
        }
        return held;
    }

    private static boolean holds(IptvCustomer customer, ServicePackage servicePackage) {
        return servicePackage.heldBy(customer.packages(), customer.wholeHomeDvr());
    }

    private static boolean exactlyAsDesired(DesiredCustomer desired, IptvCustomer customer) {
        return desired.accept(new DesiredCustomer.Visitor<Boolean>() {
            @Override
            public Boolean absent(DesiredCustomer.Absent absent) {
                return false;
            }

            @Override
            public Boolean disabled(DesiredCustomer.Disabled disabled) {
                return false;
            }

            @Override
            public Boolean enabled(DesiredCustomer.Enabled enabled) {
                return customer.packages().equals(enabled.entitlement().minervaPackages())
                        && customer.wholeHomeDvr() == enabled.entitlement().wholeHomeDvr();
            }
        });
    }
}
