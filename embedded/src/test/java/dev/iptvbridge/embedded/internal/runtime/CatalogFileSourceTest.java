package dev.iptvbridge.embedded.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.port.out.InvalidCatalogException;
import dev.iptvbridge.domain.catalog.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogFileSourceTest {

    @TempDir
    Path directory;

    @Test
    void readsTheTextAndWhenTheFileWasModifiedAndParsesItAsAtStart() throws Exception {
        Path file = Files.writeString(directory.resolve("catalog.yaml"),
                "servicePackages:\n  basic: {minervaPackages: [CH-BASIC]}\nproducts:\n  \"101\": [basic]\n");
        Instant modified = Instant.parse("2026-12-01T12:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        CatalogFileSource source = new CatalogFileSource(file);

        Catalog catalog = source.parse(source.read().content());

        assertThat(source.read().modifiedAt()).isEqualTo(modified);
        assertThat(catalog.entitlement(101, List.of()).minervaPackages()).containsExactly("CH-BASIC");
    }

    @Test
    void aWrongCatalogOrAMissingFileIsRefusedNamingTheProblem() {
        CatalogFileSource source = new CatalogFileSource(directory.resolve("gone.yaml"));

        assertThatThrownBy(source::read).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("gone.yaml").hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> source.parse("products:\n  \"101\": [sprots]\n"))
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("'sprots'")
                .hasMessageNotContaining("the configuration is not usable");
        assertThatThrownBy(() -> source.parse("products: [oops")).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("not a valid catalog");
    }
}
