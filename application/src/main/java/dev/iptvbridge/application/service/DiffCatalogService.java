package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.AffectedSample;
import dev.iptvbridge.application.port.in.CatalogDiffResult;
import dev.iptvbridge.application.port.in.DiffCatalogQuery;
import dev.iptvbridge.application.port.in.DiffCatalogUseCase;
import dev.iptvbridge.application.port.out.AccountProducts;
import dev.iptvbridge.application.port.out.AccountProductsPort;
import dev.iptvbridge.application.port.out.AppliedStatePort;
import dev.iptvbridge.domain.catalog.CatalogDiff;
import dev.iptvbridge.domain.catalog.Entitlement;
import dev.iptvbridge.domain.provisioning.IptvCustomer;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** Compares two catalogs over the accounts the bridge recorded; reads nothing from billing or Minerva. */
public final class DiffCatalogService implements DiffCatalogUseCase {

    private final AffectedAccounts affected;
    private final AppliedStatePort applied;
    private final Clock clock;

    @Inject
    public DiffCatalogService(AccountProductsPort accounts, AppliedStatePort applied, Clock clock) {
        this.affected = new AffectedAccounts(accounts);
        this.applied = requireNonNull(applied, "applied is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public CatalogDiffResult diff(DiffCatalogQuery query) {
        CatalogDiff diff = new CatalogDiff(query.before(), query.after());
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        List<AffectedSample> samples = new ArrayList<>();
        long count = affected.forEach(diff, now, account -> {
            ids.add(account.accountId());
            if (samples.size() < query.sampleSize()) {
                samples.add(sample(diff, account, now));
            }
        });
        return new CatalogDiffResult(diff.changes(), ids, count, samples);
    }

    private AffectedSample sample(CatalogDiff diff, AccountProducts account, Instant now) {
        List<Long> addOns = account.effectiveAddOnsAt(now);
        Entitlement before = diff.before(account.mainProduct(), addOns);
        Entitlement after = diff.after(account.mainProduct(), addOns);
        Optional<IptvCustomer> inMinerva = applied.find(account.accountId()).flatMap(state -> state.customer());
        SortedSet<String> has = inMinerva.map(IptvCustomer::packages).orElse(before.minervaPackages());
        boolean dvr = inMinerva.map(IptvCustomer::wholeHomeDvr).orElse(before.wholeHomeDvr());
        List<String> plan = new ArrayList<>();
        SortedSet<String> add = new TreeSet<>(after.minervaPackages());
        add.removeAll(has);
        SortedSet<String> remove = new TreeSet<>(has);
        remove.removeAll(after.minervaPackages());
        if (!add.isEmpty()) {
            plan.add("add packages " + String.join(", ", add));
        }
        if (!remove.isEmpty()) {
            plan.add("remove packages " + String.join(", ", remove));
        }
        if (dvr != after.wholeHomeDvr()) {
            plan.add("switch whole-home DVR " + (after.wholeHomeDvr() ? "on" : "off"));
        }
        long product = account.mainProduct();
        if (diff.carriesIptvBefore(product) != diff.carriesIptvAfter(product)) {
            plan.add(0, (diff.carriesIptvAfter(product) ? "enable the customer: product " + product + " now carries IPTV"
                    : "disable the customer: product " + product + " no longer carries IPTV"));
        }
        if (plan.isEmpty()) {
            plan.add("nothing in Minerva: it already holds what the new catalog gives");
        }
        return new AffectedSample(account.accountId(), account.mainProduct(), addOns, before, after, plan);
    }
}
