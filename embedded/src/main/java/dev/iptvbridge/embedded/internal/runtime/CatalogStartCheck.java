package dev.iptvbridge.embedded.internal.runtime;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.CatalogCheckResult;
import dev.iptvbridge.application.port.in.CheckCatalogUseCase;
import dev.iptvbridge.domain.catalog.Catalog;
import dev.iptvbridge.embedded.config.CatalogCheckMode;
import dev.iptvbridge.embedded.internal.view.CatalogCheckView;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The catalog part of the start-up checks: {@link CheckCatalogUseCase} on the catalog in force, its
 * findings in words with their lines in the file, and whether errors stop the start ({@code catalogCheck}).
 *
 * @param check     runs the check; throws {@link dev.iptvbridge.application.port.out.IntegrationException}
 *                  when Minerva or billing cannot be read
 * @param file      the catalog file, to name it and its lines
 * @param mode      {@code catalogCheck}: FAIL stops the start on errors, WARN logs them
 */
public record CatalogStartCheck(Supplier<CatalogCheckResult> check, Path file, CatalogCheckMode mode) {

    public CatalogStartCheck {
        requireNonNull(check, "check is null");
        requireNonNull(file, "file is null");
        requireNonNull(mode, "mode is null");
    }

    /** @param catalog the catalog in force at each check, which may switch while the bridge runs */
    public static CatalogStartCheck of(CheckCatalogUseCase useCase, Supplier<Catalog> catalog, Path file,
                                       CatalogCheckMode mode) {
        return new CatalogStartCheck(() -> useCase.check(catalog.get()), file, mode);
    }

    /** Each finding as a sentence with its line, errors first; the file is read again for the lines. */
    List<String> describe(CatalogCheckResult result) {
        return CatalogCheckView.of(result, file).lines(file);
    }
}
