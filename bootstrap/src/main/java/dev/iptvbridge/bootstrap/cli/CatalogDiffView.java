package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.AffectedSample;
import dev.iptvbridge.application.port.in.CatalogDiffResult;
import dev.iptvbridge.domain.catalog.CatalogChange;
import dev.iptvbridge.domain.catalog.Entitlement;
import java.util.List;
import java.util.Locale;

/**
 * What {@code catalog diff} prints as JSON: {@code {"changes": [...], "affected": [1000889, ...],
 * "count": N, "samples": [...]}}.
 */
record CatalogDiffView(List<Change> changes, List<Long> affected, long count, List<Sample> samples) {

    /** One change: kind in lower case with dashes ({@code product-remapped}), subject, before and after. */
    record Change(String kind, String subject, List<String> before, List<String> after) {
    }

    /** One affected account: its products, its entitlement under each catalog, and its plan in words. */
    record Sample(long account, long mainProduct, List<Long> addOns, Grant before, Grant after, List<String> plan) {
    }

    /** An entitlement: Minerva packages and whole-home DVR. */
    record Grant(List<String> packages, boolean wholeHomeDvr) {
        static Grant of(Entitlement entitlement) {
            return new Grant(List.copyOf(entitlement.minervaPackages()), entitlement.wholeHomeDvr());
        }
    }

    static CatalogDiffView of(CatalogDiffResult result) {
        return new CatalogDiffView(result.changes().stream().map(CatalogDiffView::change).toList(), result.affected(),
                result.count(), result.samples().stream().map(CatalogDiffView::sample).toList());
    }

    static String kind(CatalogChange.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Change change(CatalogChange change) {
        return new Change(kind(change.kind()), change.subject(), change.before(), change.after());
    }

    private static Sample sample(AffectedSample sample) {
        return new Sample(sample.accountId(), sample.mainProduct(), sample.effectiveAddOns(), Grant.of(sample.before()),
                Grant.of(sample.after()), sample.plan());
    }
}
