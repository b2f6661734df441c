package dev.iptvbridge.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.fake.FakeIptvPlatform;
import dev.iptvbridge.application.fake.FakeProductList;
import dev.iptvbridge.application.port.in.CatalogCheckResult;
import dev.iptvbridge.application.port.in.CatalogFinding;
import dev.iptvbridge.application.port.in.CatalogPlace;
import dev.iptvbridge.application.port.out.IptvPackage;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.ServicePackage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckCatalogServiceTest {

    private final FakeIptvPlatform minerva = new FakeIptvPlatform();
    private final FakeProductList billing = new FakeProductList();
    private final CheckCatalogService service = new CheckCatalogService(minerva, billing);

    @BeforeEach
    void offer() {
        minerva.offer(new IptvPackage("CH-BASIC", "Basic channels", "CHANNEL"));
        minerva.offer(new IptvPackage("SVOD-ALL", "VOD catalog", "SVOD"));
        billing.sell(101, "TV Basic").sellAddOn(201, "Sports pack").sell(300, "Broadband 100");
    }

    private static Catalog catalog(Map<String, ServicePackage> servicePackages, Map<Long, List<String>> products,
                                   Map<Long, List<String>> addOns) {
        return new Catalog(servicePackages, products, addOns);
    }

    private static Map<String, ServicePackage> basicAndVod() {
        return Map.of("basic", ServicePackage.of("basic", Set.of("CH-BASIC"), false),
                "vod", ServicePackage.of("vod", Set.of("SVOD-ALL"), false));
    }

    @Test
    void a_catalog_that_fits_both_systems_has_no_finding() {
        CatalogCheckResult result = service.check(catalog(basicAndVod(), Map.of(101L, List.of("basic")),
                Map.of(201L, List.of("vod"))));

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void a_minerva_package_that_does_not_exist_is_an_error_at_its_item() {
        CatalogCheckResult result = service.check(catalog(Map.of("basic", ServicePackage.of("basic",
                        Set.of("CH-BASIC", "CH-NOPE"), false), "vod", ServicePackage.of("vod", Set.of("SVOD-ALL"), false)),
                Map.of(101L, List.of("basic")), Map.of(201L, List.of("vod"))));

        assertThat(result.errors()).singleElement().satisfies(finding -> {
            assertThat(finding.place()).isEqualTo(CatalogPlace.item("servicePackages", "basic", "CH-NOPE"));
            assertThat(finding.message()).contains("'CH-NOPE'", "Minerva does not have", "lists 2");
            assertThat(finding.fix()).contains("create the package in Minerva");
        });
    }

    @Test
    void a_product_billing_does_not_have_is_an_error() {
        CatalogCheckResult result = service.check(catalog(basicAndVod(), Map.of(101L, List.of("basic"),
                999L, List.of("basic")), Map.of(201L, List.of("vod"))));

        assertThat(result.errors()).extracting(CatalogFinding::place, CatalogFinding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CatalogPlace.key("products", "999"),
                        "billing has no product 999"));
    }

    @Test
    void an_add_on_used_as_a_main_product_and_the_reverse_are_errors() {
        CatalogCheckResult result = service.check(catalog(basicAndVod(), Map.of(201L, List.of("basic")),
                Map.of(101L, List.of("vod"))));

        assertThat(result.errors()).extracting(CatalogFinding::fix)
                .anySatisfy(fix -> assertThat(fix).startsWith("move it under addons"))
                .anySatisfy(fix -> assertThat(fix).startsWith("move it under products"));
        assertThat(result.errors()).extracting(f -> f.place().key().orElseThrow()).containsExactlyInAnyOrder("201", "101");
    }

    @Test
    void unused_service_packages_tv_products_carrying_nothing_and_unused_minerva_packages_are_warnings() {
        minerva.offer(new IptvPackage("CH-KIDS", "Kids", "CHANNEL"));
        CatalogCheckResult result = service.check(catalog(basicAndVod(), Map.of(101L, List.of()),
                Map.of(201L, List.of("vod"))));

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(CatalogFinding::message).containsExactlyInAnyOrder(
                "service package 'basic' is carried by no product and no add-on",
                "Minerva package 'CH-KIDS' (CHANNEL, Kids) is in no service package, so no account gets it",
                "product 101 'TV Basic' sounds like TV but carries no service package");
        assertThat(result.warnings()).filteredOn(w -> w.message().startsWith("product 101"))
                .extracting(CatalogFinding::place).containsExactly(CatalogPlace.key("products", "101"));
    }

    @Test
    void a_tv_product_missing_from_the_catalog_points_at_its_section_and_a_non_tv_one_is_left_alone() {
        CatalogCheckResult result = service.check(catalog(basicAndVod(), Map.of(101L, List.of("basic")), Map.of()));

        assertThat(result.warnings()).extracting(CatalogFinding::message).contains(
                "add-on 201 'Sports pack' sounds like TV but carries no service package");
        assertThat(result.warnings()).filteredOn(w -> w.message().startsWith("add-on 201"))
                .extracting(CatalogFinding::place).containsExactly(CatalogPlace.section("addons"));
        assertThat(result.warnings()).noneMatch(w -> w.message().contains("Broadband"));
    }

    @Test
    void every_page_of_products_is_read() {
        for (long id = 1000; id < 1000 + CheckCatalogService.PAGE + 3; id++) {
            billing.sell(id, "Voice " + id);
        }
        CatalogCheckResult result = service.check(catalog(basicAndVod(), Map.of(101L, List.of("basic"),
                1000L + CheckCatalogService.PAGE + 2, List.of("vod")), Map.of(201L, List.of("vod"))));

        assertThat(result.errors()).isEmpty();
        assertThat(billing.pagesRead()).isEqualTo(2);
    }

    @Test
    void a_system_that_does_not_answer_leaves_the_catalog_unchecked() {
        billing.failWith(new TransientFailure("PortaBilling could not be reached", null));

        assertThatThrownBy(() -> service.check(Catalog.empty())).isInstanceOf(TransientFailure.class);
    }

    @Test
    void aSubscriptionIdPortaBillingDoesNotDefineIsAnErrorOfItsServicePackage() {
        dev.iptvbridge.application.fake.FakeSubscriptions subscriptions = new dev.iptvbridge.application.fake.FakeSubscriptions();
        subscriptions.define(12, "Basic monthly");
        Catalog charged = catalog(Map.of("basic", ServicePackage.of("basic", Set.of("CH-BASIC"), false, Set.of(12L, 13L))),
                Map.of(101L, List.of("basic")), Map.of());

        CatalogCheckResult result = new CheckCatalogService(minerva, billing, new CatalogSubscriptionCheck(subscriptions))
                .check(charged);

        assertThat(result.errors()).singleElement().satisfies(finding -> {
            assertThat(finding.place()).isEqualTo(CatalogPlace.item(CatalogPlace.SERVICE_PACKAGES, "basic", "13"));
            assertThat(finding.message()).contains("'basic'", "13");
            assertThat(finding.fix()).contains("Subscription/get_subscription_list");
        });
    }
}
