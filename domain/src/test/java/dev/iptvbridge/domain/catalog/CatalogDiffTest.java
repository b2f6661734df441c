package dev.iptvbridge.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.domain.catalog.CatalogChange.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogDiffTest {

    private static final Map<String, ServicePackage> PACKAGES = Map.of(
            "basic", ServicePackage.of("basic", Set.of("ch-news", "vod-basic"), false),
            "sports", ServicePackage.of("sports", Set.of("ch-sports"), false),
            "dvr", ServicePackage.of("dvr", Set.of(), true));

    private static final Catalog OLD = new Catalog(PACKAGES,
            Map.of(101L, List.of("basic"), 102L, List.of("basic", "dvr"), 103L, List.of("basic")),
            Map.of(201L, List.of("sports"), 202L, List.of("dvr")));

    private static Catalog with(Map<String, ServicePackage> packages, Map<Long, List<String>> products,
                                Map<Long, List<String>> addOns) {
        return new Catalog(packages, products, addOns);
    }

    @Test
    void theSameCatalogChangesNothingAndTouchesNoAccount() {
        CatalogDiff diff = new CatalogDiff(OLD, with(PACKAGES, OLD.products(), OLD.addOns()));

        assertThat(diff.changes()).isEmpty();
        assertThat(diff.affects(101L, List.of(201L))).isFalse();
        assertThat(CatalogDigest.of(OLD)).isEqualTo(CatalogDigest.of(with(PACKAGES, OLD.products(), OLD.addOns())));
    }

    @Test
    void aChangedServicePackageTouchesEveryAccountWhoseProductOrEffectiveAddOnCarriesIt() {
        Map<String, ServicePackage> packages = new HashMap<>(PACKAGES);
        packages.put("sports", ServicePackage.of("sports", Set.of("ch-sports", "ch-sports-2"), false));
        CatalogDiff diff = new CatalogDiff(OLD, with(packages, OLD.products(), OLD.addOns()));

        assertThat(diff.changes()).containsExactly(new CatalogChange(Kind.SERVICE_PACKAGE_CHANGED, "sports",
                List.of("ch-sports"), List.of("ch-sports", "ch-sports-2")));
        assertThat(diff.affects(101L, List.of(201L))).isTrue();
        assertThat(diff.affects(101L, List.of())).as("without the add-on").isFalse();
        assertThat(diff.affects(102L, List.of(202L))).isFalse();
    }

    @Test
    void aRemappedProductTouchesItsAccountsOnlyWhenTheirEntitlementMoves() {
        Map<Long, List<String>> products = new HashMap<>(OLD.products());
        products.put(101L, List.of("basic", "sports"));
        // 102 keeps what it is entitled to: its add-on 202 already switches the DVR on.
        products.put(103L, List.of("basic", "dvr"));
        CatalogDiff diff = new CatalogDiff(OLD, with(PACKAGES, products, OLD.addOns()));

        assertThat(diff.changes()).containsExactly(
                new CatalogChange(Kind.PRODUCT_REMAPPED, "101", List.of("basic"), List.of("basic", "sports")),
                new CatalogChange(Kind.PRODUCT_REMAPPED, "103", List.of("basic"), List.of("basic", "dvr")));
        assertThat(diff.affects(101L, List.of())).isTrue();
        assertThat(diff.affects(101L, List.of(201L))).as("sports came through the add-on already").isFalse();
        assertThat(diff.affects(103L, List.of())).isTrue();
        assertThat(diff.affects(103L, List.of(202L))).as("the add-on switched the DVR on already").isFalse();
        assertThat(diff.affects(102L, List.of())).isFalse();
    }

    @Test
    void addedAndRemovedServicePackagesAndRemappedAddOnsAreListedInOrder() {
        Map<String, ServicePackage> packages = new HashMap<>(PACKAGES);
        packages.remove("sports");
        packages.put("kids", ServicePackage.of("kids", Set.of("ch-kids"), false));
        CatalogDiff diff = new CatalogDiff(OLD, with(packages, OLD.products(), Map.of(201L, List.of("kids"),
                202L, List.of("dvr"))));

        assertThat(diff.changes()).containsExactly(
                new CatalogChange(Kind.SERVICE_PACKAGE_ADDED, "kids", List.of(), List.of("ch-kids")),
                new CatalogChange(Kind.SERVICE_PACKAGE_REMOVED, "sports", List.of("ch-sports"), List.of()),
                new CatalogChange(Kind.ADDON_REMAPPED, "201", List.of("sports"), List.of("kids")));
        assertThat(diff.affects(101L, List.of(201L))).isTrue();
        assertThat(diff.affects(101L, List.of(202L))).isFalse();
    }

    @Test
    void aProductThatStopsCarryingIptvTouchesItsAccountsEvenWhenItsPackagesWereEmpty() {
        Map<String, ServicePackage> packages = new HashMap<>(PACKAGES);
        packages.put("empty", ServicePackage.of("empty", Set.of(), false));
        Catalog before = with(packages, Map.of(104L, List.of("empty")), Map.of());
        CatalogDiff diff = new CatalogDiff(before, with(packages, Map.of(), Map.of()));

        assertThat(diff.changes()).containsExactly(new CatalogChange(Kind.PRODUCT_REMAPPED, "104", List.of("empty"),
                List.of()));
        assertThat(diff.affects(104L, List.of())).as("enabled with nothing, then disabled").isTrue();
        assertThat(diff.carriesIptvBefore(104L)).isTrue();
        assertThat(diff.carriesIptvAfter(104L)).isFalse();
    }

    @Test
    void theDigestFollowsTheMeaningNotTheOrder() {
        Catalog reordered = with(PACKAGES, Map.of(103L, List.of("basic"), 102L, List.of("dvr", "basic"),
                101L, List.of("basic")), Map.of(202L, List.of("dvr"), 201L, List.of("sports")));
        Catalog changed = with(PACKAGES, OLD.products(), Map.of(201L, List.of("sports")));

        assertThat(CatalogDigest.of(reordered)).isEqualTo(CatalogDigest.of(OLD)).hasSize(64);
        assertThat(CatalogDigest.of(changed)).isNotEqualTo(CatalogDigest.of(OLD));
        assertThat(CatalogDigest.shortOf(CatalogDigest.of(OLD))).hasSize(12);
    }
}
