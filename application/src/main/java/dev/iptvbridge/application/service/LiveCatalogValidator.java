package dev.iptvbridge.application.service;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.port.in.CatalogFinding;
import dev.iptvbridge.application.port.in.CatalogValidator;
import dev.iptvbridge.application.port.in.CheckCatalogUseCase;
import dev.iptvbridge.domain.catalog.Catalog;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The check a changed catalog passes before a running bridge switches to it: the same check as
 * {@code catalog check} and the start-up check, against both live systems. Warnings do not stop a
 * switch. When a system cannot be read, the {@link dev.iptvbridge.application.port.out.IntegrationException}
 * reaches the switch, which keeps the old catalog and looks again at its next poll.
 */
public final class LiveCatalogValidator implements CatalogValidator {

    private final CheckCatalogUseCase check;

    @Inject
    public LiveCatalogValidator(CheckCatalogUseCase check) {
        this.check = requireNonNull(check, "check is null");
    }

    @Override
    public List<String> errors(Catalog candidate) {
        return check.check(candidate).errors().stream().map(LiveCatalogValidator::sentence).toList();
    }

    private static String sentence(CatalogFinding finding) {
        String where = finding.place().section() + finding.place().key().map(key -> "." + key).orElse("")
                + finding.place().item().map(item -> " (" + item + ")").orElse("");
        return where + ": " + finding.message() + "; " + finding.fix();
    }
}
