package dev.iptvbridge.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final Map<String, ServicePackage> PACKAGES = Map.of(
            "basic", ServicePackage.of("basic", Set.of("ch-news", "ch-kids", "vod-basic"), false),
            "cloud-dvr", ServicePackage.of("cloud-dvr", Set.of(), true),
            "sports", ServicePackage.of("sports", Set.of("ch-sports", "ch-news"), false),
            "caller-id", ServicePackage.of("caller-id", Set.of("callerid"), false));

    private static final Catalog CATALOG = new Catalog(PACKAGES,
            Map.of(101L, List.of("basic"), 102L, List.of("basic", "cloud-dvr"), 300L, List.of()),
            Map.of(201L, List.of("sports", "caller-id"), 202L, List.of("cloud-dvr")));

    @Test
    void aMainProductExpandsIntoTheMinervaPackagesOfItsServicePackages() {
        assertThat(CATALOG.entitlement(101L, List.of()))
                .isEqualTo(new Entitlement(new TreeSet<>(Set.of("ch-kids", "ch-news", "vod-basic")), false));
    }

    @Test
    void addOnsAddTheirPackagesAsAUnionWithoutDuplicates() {
        Entitlement entitlement = CATALOG.entitlement(101L, List.of(201L));

        assertThat(entitlement.minervaPackages())
                .containsExactly("callerid", "ch-kids", "ch-news", "ch-sports", "vod-basic");
        assertThat(entitlement.wholeHomeDvr()).isFalse();
    }

    @Test
    void theWholeHomeDvrSwitchIsOnWhenAnyServicePackageCarriesIt() {
        assertThat(CATALOG.entitlement(102L, List.of()).wholeHomeDvr()).isTrue();
        assertThat(CATALOG.entitlement(101L, List.of(202L)))
                .isEqualTo(new Entitlement(new TreeSet<>(Set.of("ch-kids", "ch-news", "vod-basic")), true));
    }

    @Test
    void aProductWithoutServicePackagesOrUnknownToTheCatalogIsNotIptvAndItsAddOnsCountForNothing() {
        assertThat(CATALOG.isIptvProduct(300L)).isFalse();
        assertThat(CATALOG.isIptvProduct(999L)).isFalse();
        assertThat(CATALOG.isIptvProduct(101L)).isTrue();
        assertThat(CATALOG.entitlement(300L, List.of(201L, 202L))).isEqualTo(Entitlement.NONE);
        assertThat(CATALOG.entitlement(999L, List.of(201L))).isEqualTo(Entitlement.NONE);
    }

    @Test
    void anAddOnUnknownToTheCatalogAddsNothing() {
        assertThat(CATALOG.entitlement(101L, List.of(777L))).isEqualTo(CATALOG.entitlement(101L, List.of()));
    }

    @Test
    void listsEveryMinervaPackageItCanHandOut() {
        assertThat(CATALOG.minervaPackages())
                .containsExactly("callerid", "ch-kids", "ch-news", "ch-sports", "vod-basic");
        assertThat(CATALOG.servicePackage("sports")).contains(PACKAGES.get("sports"));
        assertThat(CATALOG.servicePackage("nope")).isEmpty();
    }

    @Test
    void rejectsAProductNamingAnUnknownServicePackageNamingBothAndTheFix() {
        assertThatThrownBy(() -> new Catalog(PACKAGES, Map.of(105L, List.of("basic", "premium")), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("product 105")
                .hasMessageContaining("'premium'")
                .hasMessageContaining("add it under servicePackages");
    }

    @Test
    void rejectsAnAddOnNamingAnUnknownServicePackageNamingBoth() {
        assertThatThrownBy(() -> new Catalog(PACKAGES, Map.of(), Map.of(208L, List.of("4k"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("add-on 208")
                .hasMessageContaining("'4k'");
    }

    @Test
    void theCatalogCannotBeChangedThroughTheMapsItWasBuiltFrom() {
        Map<Long, List<String>> products = new java.util.HashMap<>(Map.of(101L, List.of("basic")));
        Catalog catalog = new Catalog(PACKAGES, products, Map.of());
        products.put(103L, List.of("sports"));

        assertThat(catalog.isIptvProduct(103L)).isFalse();
    }

    @Test
    void aServicePackageNeedsAName() {
        assertThatThrownBy(() -> ServicePackage.of(" ", Set.of("x"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a name");
    }

    @Test
    void anEmptyCatalogCarriesNoIptv() {
        assertThat(Catalog.empty().isIptvProduct(101L)).isFalse();
        assertThat(Catalog.empty().minervaPackages()).isEmpty();
    }
}
