package dev.iptvbridge.embedded.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.domain.catalog.ServicePackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSubscriptionsTest {

    @TempDir
    Path directory;

    @Test
    void a_service_package_may_name_the_subscriptions_that_charge_for_it() throws IOException {
        Path file = directory.resolve("catalog.yaml");
        Files.writeString(file, """
                servicePackages:
                  basic:  {minervaPackages: [CH-BASIC]}
                  sports: {minervaPackages: [CH-SPORTS], subscriptions: [12, 14]}
                products: {"101": [basic]}
                addons: {"201": [sports]}
                """);

        Catalog catalog = CatalogLoader.load(file);

        assertThat(catalog.servicePackage("sports").map(ServicePackage::subscriptions).orElseThrow())
                .containsExactly(12L, 14L);
        assertThat(catalog.servicePackage("sports").orElseThrow().charged()).isTrue();
        assertThat(catalog.servicePackage("basic").orElseThrow().charged()).as("no subscriptions: not charged").isFalse();
        assertThat(catalog.servicePackageNames(101, java.util.List.of(201L))).containsExactly("basic", "sports");
        assertThat(catalog.servicePackageNames(103, java.util.List.of(201L))).as("no IPTV product").isEmpty();
    }
}
