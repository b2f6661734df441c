package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.CheckRevenueUseCase;
import dev.iptvbridge.application.port.in.ProgressListener;
import dev.iptvbridge.application.port.in.RevenueFinding;
import dev.iptvbridge.application.port.in.RevenueReport;
import dev.iptvbridge.application.port.out.AccountSubscription;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.NotFoundFailure;
import dev.iptvbridge.application.port.out.Page;
import dev.iptvbridge.application.port.out.ServiceHistoryPort;
import dev.iptvbridge.application.port.out.SubscriptionsPort;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.ServicePackage;
import dev.iptvbridge.domain.history.ServiceHistory;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Pages through Minerva's customers and reads each one's subscriptions: one page of customers in
 * memory at a time, and the findings. A service package counts as received when the customer is
 * enabled and holds all its Minerva packages (and the DVR switch when it gives one).
 */
public final class CheckRevenueService implements CheckRevenueUseCase {

    static final int PAGE_SIZE = 500;

    private final IptvPlatformPort platform;
    private final SubscriptionsPort subscriptions;
    private final ServiceHistoryPort history;
    private final List<ServicePackage> charged;
    private final Clock clock;
    private final PatientCall patient;

    @Inject
    public CheckRevenueService(IptvPlatformPort platform, SubscriptionsPort subscriptions, ServiceHistoryPort history,
                               Catalog catalog, Clock clock) {
        this(platform, subscriptions, history, catalog, clock, duration -> Thread.sleep(duration.toMillis()));
    }

    CheckRevenueService(IptvPlatformPort platform, SubscriptionsPort subscriptions, ServiceHistoryPort history,
                        Catalog catalog, Clock clock, PatientCall.Pause pause) {
        this.platform = requireNonNull(platform, "platform is null");
        this.subscriptions = requireNonNull(subscriptions, "subscriptions is null");
        this.history = requireNonNull(history, "history is null");
        this.charged = requireNonNull(catalog, "catalog is null").servicePackages().values().stream()
                .filter(ServicePackage::charged).sorted(java.util.Comparator.comparing(ServicePackage::name)).toList();
        this.clock = requireNonNull(clock, "clock is null");
        this.patient = new PatientCall(requireNonNull(pause, "pause is null"));
    }

    @Override
    public RevenueReport check(ProgressListener progress) {
        List<RevenueFinding> servedNotCharged = new ArrayList<>();
        List<RevenueFinding> chargedNotServed = new ArrayList<>();
        long checked = 0;
        if (charged.isEmpty()) {
            // No service package names a subscription: there is nothing to compare, and nothing is read.
            return new RevenueReport(clock.instant(), 0, servedNotCharged, chargedNotServed);
        }
        Page<IptvCustomer> page;
        int number = 0;
        do {
            int current = number++;
            page = patient.call(() -> platform.list(current, PAGE_SIZE));
            for (IptvCustomer customer : page.items()) {
                compare(customer.account(), Optional.of(customer), activeSubscriptions(customer.account()),
                        servedNotCharged, chargedNotServed);
                checked++;
            }
            progress.progress(checked, page.total(), "Minerva customers checked");
        } while (!page.items().isEmpty() && checked < page.total());
        // An account the bridge took out of Minerva may still be charged: the history knows which were served once.
        long[] former = FormerCustomers.of(history, clock.instant());
        for (int i = 0; i < former.length; i++) {
            long account = former[i];
            if (patient.call(() -> platform.find(account)).isEmpty()) {
                compare(account, Optional.empty(), activeSubscriptions(account), servedNotCharged, chargedNotServed);
            }
            progress.progress(i + 1L, former.length, "former customers checked");
        }
        return new RevenueReport(clock.instant(), checked, sorted(servedNotCharged), sorted(chargedNotServed));
    }

    private Set<Long> activeSubscriptions(long account) {
        List<AccountSubscription> all;
        try {
            all = patient.call(() -> subscriptions.subscriptionsOf(account));
        } catch (NotFoundFailure unknown) {
            return Set.of(); // a customer billing does not know pays for nothing
        }
        return all.stream().filter(AccountSubscription::charges).map(AccountSubscription::subscription)
                .collect(Collectors.toSet());
    }

    private void compare(long account, Optional<IptvCustomer> customer, Set<Long> active,
                         List<RevenueFinding> servedNotCharged, List<RevenueFinding> chargedNotServed) {
        Set<String> receives = customer.filter(IptvCustomer::isEnabled).map(this::received).orElse(Set.of());
        for (ServicePackage servicePackage : charged) {
            boolean received = receives.contains(servicePackage.name());
            SortedSet<Long> charging = new TreeSet<>(servicePackage.subscriptions());
            charging.retainAll(active);
            if (received && charging.isEmpty()) {
                servedNotCharged.add(new RevenueFinding(account, servicePackage.name(),
                        servicePackage.subscriptions()));
            } else if (!received && !charging.isEmpty()) {
                chargedNotServed.add(new RevenueFinding(account, servicePackage.name(), charging));
            }
        }
    }

    // The history names the service packages the bridge gave; Minerva must still hold them. Without history
    // (an account not reconciled since it was kept), a service package Minerva holds counts, unless another one
    // held gives all it gives and more (basic inside family).
    private Set<String> received(IptvCustomer customer) {
        Set<String> given = ServiceHistory.latest(history.changes(customer.account())).keySet();
        List<ServicePackage> held = charged.stream()
                .filter(sp -> sp.heldBy(customer.packages(), customer.wholeHomeDvr())).toList();
        if (!given.isEmpty()) {
            return held.stream().map(ServicePackage::name).filter(given::contains).collect(Collectors.toSet());
        }
        return held.stream().filter(sp -> held.stream().noneMatch(other -> covers(other, sp)))
                .map(ServicePackage::name).collect(Collectors.toSet());
    }

    private static boolean covers(ServicePackage bigger, ServicePackage smaller) {
        return bigger != smaller && smaller.heldBy(bigger.minervaPackages(), bigger.wholeHomeDvr())
                && !bigger.heldBy(smaller.minervaPackages(), smaller.wholeHomeDvr());
    }

    private static List<RevenueFinding> sorted(List<RevenueFinding> findings) {
        findings.sort(java.util.Comparator.comparingLong(RevenueFinding::account)
                .thenComparing(RevenueFinding::servicePackage));
        return findings;
    }
}
