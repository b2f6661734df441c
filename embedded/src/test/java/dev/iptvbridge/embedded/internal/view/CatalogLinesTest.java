package dev.iptvbridge.embedded.internal.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.in.CatalogPlace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLinesTest {

    @TempDir
    Path directory;

    @Test
    void finds_keys_and_items_in_block_and_flow_style_and_falls_back_to_the_nearest_key() throws Exception {
        Path file = Files.writeString(directory.resolve("catalog.yaml"), """
                # a comment
                servicePackages:
                  basic:  {minervaPackages: [CH-BASIC]}
                  family:
                    minervaPackages:
                      - CH-BASIC
                      - CH-KIDS
                products:
                  "101": [basic]
                addons:
                """);

        CatalogLines lines = CatalogLines.read(file);

        assertThat(lines.lineOf(CatalogPlace.section("servicePackages"))).isEqualTo(2);
        assertThat(lines.lineOf(CatalogPlace.item("servicePackages", "basic", "CH-BASIC"))).isEqualTo(3);
        assertThat(lines.lineOf(CatalogPlace.item("servicePackages", "family", "CH-KIDS"))).isEqualTo(7);
        assertThat(lines.lineOf(CatalogPlace.key("products", "101"))).isEqualTo(9);
        assertThat(lines.lineOf(CatalogPlace.item("products", "101", "basic"))).isEqualTo(9);
        assertThat(lines.lineOf(CatalogPlace.key("products", "999"))).as("the section's line").isEqualTo(8);
        assertThat(lines.lineOf(CatalogPlace.section("addons"))).isEqualTo(10);
    }

    @Test
    void a_file_that_cannot_be_read_gives_no_lines() {
        assertThat(CatalogLines.read(directory.resolve("missing.yaml")).lineOf(CatalogPlace.section("products")))
                .isZero();
    }
}
