package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.CatalogCheckResult;
import dev.iptvbridge.application.port.in.CatalogFinding;
import dev.iptvbridge.application.port.in.CatalogPlace;
import dev.iptvbridge.application.port.in.CheckCatalogUseCase;
import dev.iptvbridge.application.port.out.BillingProduct;
import dev.iptvbridge.application.port.out.IptvPackage;
import dev.iptvbridge.application.port.out.IptvPlatformPort;
import dev.iptvbridge.application.port.out.ProductListPort;
import dev.iptvbridge.domain.catalog.Catalog;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** {@link CheckCatalogUseCase}: reads Minerva's packages and billing's products once, then compares. */
public final class CheckCatalogService implements CheckCatalogUseCase {

    static final int PAGE = 500;
    // A product named like this is probably sold as TV; one that carries nothing is worth a look.
    private static final Pattern LOOKS_LIKE_TV = Pattern.compile(
            "(?i)(\\b(i?tv|television|vod|video|channels?|sports?|movies?|cinema)\\b|iptv)");

    private final IptvPlatformPort platform;
    private final ProductListPort productList;
    private final Optional<CatalogSubscriptionCheck> subscriptions;

    /** Without the check of the catalog's {@code subscriptions:} ids. */
    public CheckCatalogService(IptvPlatformPort platform, ProductListPort productList) {
        this(platform, productList, Optional.empty());
    }

    @Inject
    public CheckCatalogService(IptvPlatformPort platform, ProductListPort productList,
                               CatalogSubscriptionCheck subscriptions) {
        this(platform, productList, Optional.of(subscriptions));
    }

    private CheckCatalogService(IptvPlatformPort platform, ProductListPort productList,
                                Optional<CatalogSubscriptionCheck> subscriptions) {
        this.platform = requireNonNull(platform, "platform is null");
        this.productList = requireNonNull(productList, "productList is null");
        this.subscriptions = requireNonNull(subscriptions, "subscriptions is null");
    }

    @Override
    public CatalogCheckResult check(Catalog catalog) {
        requireNonNull(catalog, "catalog is null");
        Map<String, IptvPackage> packages = new LinkedHashMap<>();
        platform.listPackages().forEach(p -> packages.put(p.id(), p));
        Map<Long, BillingProduct> products = new LinkedHashMap<>();
        readProducts(productList).forEach(p -> products.put(p.id(), p));
        CatalogFindings findings = new CatalogFindings();
        checkServicePackages(catalog, packages, findings);
        checkProducts(catalog.products(), CatalogPlace.PRODUCTS, false, products, findings);
        checkProducts(catalog.addOns(), CatalogPlace.ADDONS, true, products, findings);
        checkTvProductsCarryingNothing(catalog, products, findings);
        // Only ids can be checked: PortaBilling does not show which subscriptions a product carries (docs/billing.md).
        subscriptions.ifPresent(check -> check.check(catalog).forEach(finding -> findings.error(
                CatalogPlace.item(CatalogPlace.SERVICE_PACKAGES, finding.servicePackage(),
                        Long.toString(finding.subscription())),
                "service package '" + finding.servicePackage() + "' names subscription " + finding.subscription()
                        + ", which PortaBilling does not define",
                "use an i_subscription that Subscription/get_subscription_list shows, or remove it from subscriptions:")));
        return findings.result();
    }

    /** Every product, page after page, until a page comes back short. */
    public static List<BillingProduct> readProducts(ProductListPort productList) {
        List<BillingProduct> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<BillingProduct> page = productList.products(offset, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private static void checkServicePackages(Catalog catalog, Map<String, IptvPackage> packages,
                                             CatalogFindings findings) {
        Set<String> used = new HashSet<>();
        catalog.products().values().forEach(used::addAll);
        catalog.addOns().values().forEach(used::addAll);
        Set<String> inServicePackages = new HashSet<>();
        catalog.servicePackages().forEach((name, servicePackage) -> {
            for (String id : servicePackage.minervaPackages()) {
                inServicePackages.add(id);
                if (!packages.containsKey(id)) {
                    findings.error(CatalogPlace.item(CatalogPlace.SERVICE_PACKAGES, name, id), "service package '" + name
                            + "' names Minerva package '" + id + "', which Minerva does not have (GET /packages lists " + packages.size() + ")",
                            "correct the id to one Minerva lists (catalog import writes them all), or create the package"
                            + " in Minerva; until then accounts with '" + name + "' are parked");
                }
            }
            if (!used.contains(name)) {
                findings.warning(CatalogPlace.key(CatalogPlace.SERVICE_PACKAGES, name), "service package '" + name
                        + "' is carried by no product and no add-on", "name it under a product or an add-on, or remove it");
            }
        });
        packages.values().stream().filter(p -> !inServicePackages.contains(p.id())).forEach(p -> findings.warning(
                CatalogPlace.section(CatalogPlace.SERVICE_PACKAGES), "Minerva package '" + p.id() + "' (" + p.type()
                        + ", " + p.name() + ") is in no service package, so no account gets it",
                "add it to a service package's minervaPackages, or leave it if it is not sold"));
    }

    private static void checkProducts(Map<Long, List<String>> section, String sectionName, boolean addOns,
                                      Map<Long, BillingProduct> products, CatalogFindings findings) {
        section.keySet().forEach(id -> {
            CatalogPlace place = CatalogPlace.key(sectionName, String.valueOf(id));
            BillingProduct product = products.get(id);
            if (product == null) {
                findings.error(place, "billing has no product " + id, "use an i_product that Product/get_product_list "
                        + "shows (run catalog import to list them), or remove the entry");
            } else if (product.addOn() != addOns) {
                String is = addOns ? "a main product" : "an add-on";
                findings.error(place, "product " + id + " '" + product.name() + "' is " + is + " in billing, but the"
                        + " catalog lists it under " + sectionName, "move it under " + (addOns ? CatalogPlace.PRODUCTS
                        : CatalogPlace.ADDONS) + "; as it is, accounts never get its service packages");
            }
        });
    }

    private static void checkTvProductsCarryingNothing(Catalog catalog, Map<Long, BillingProduct> products,
                                                       CatalogFindings findings) {
        for (BillingProduct product : products.values()) {
            Map<Long, List<String>> section = product.addOn() ? catalog.addOns() : catalog.products();
            String sectionName = product.addOn() ? CatalogPlace.ADDONS : CatalogPlace.PRODUCTS;
            if (LOOKS_LIKE_TV.matcher(product.name()).find() && section.getOrDefault(product.id(), List.of()).isEmpty()) {
                CatalogPlace place = section.containsKey(product.id())
                        ? CatalogPlace.key(sectionName, String.valueOf(product.id())) : CatalogPlace.section(sectionName);
                findings.warning(place, (product.addOn() ? "add-on " : "product ") + product.id() + " '" + product.name()
                        + "' sounds like TV but carries no service package", "list its service packages under "
                        + sectionName + " as " + product.id() + ": [...], or leave it if it sells no TV");
            }
        }
    }

    /** Errors and warnings as they are found. */
    private static final class CatalogFindings {
        private final List<CatalogFinding> errors = new ArrayList<>();
        private final List<CatalogFinding> warnings = new ArrayList<>();

        void error(CatalogPlace place, String message, String fix) {
            errors.add(new CatalogFinding(true, place, message, fix));
        }

        void warning(CatalogPlace place, String message, String fix) {
            warnings.add(new CatalogFinding(false, place, message, fix));
        }

        CatalogCheckResult result() {
            return new CatalogCheckResult(errors, warnings);
        }
    }
}
