package dev.iptvbridge.bootstrap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** {@code catalog diff} for people: the changes, how many accounts and which, a few plans. */
final class CatalogDiffText {

    static final int LISTED = 20;

    private CatalogDiffText() {
    }

    static String of(CatalogDiffView view, Path output) {
        StringBuilder text = new StringBuilder();
        if (view.changes().isEmpty()) {
            return "the two catalogs mean the same: nothing changes, no account is touched\n";
        }
        Table changes = new Table("CHANGE", "SUBJECT", "BEFORE", "AFTER");
        view.changes().forEach(change -> changes.row(change.kind(), change.subject(), words(change.before()),
                words(change.after())));
        text.append(changes);
        text.append(view.count()).append(view.count() == 1 ? " account" : " accounts").append(" touched");
        if (view.count() > 0) {
            List<Long> first = view.affected().subList(0, (int) Math.min(LISTED, view.affected().size()));
            text.append(": ").append(first.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            if (view.count() > first.size()) {
                text.append(" and ").append(view.count() - first.size()).append(" more")
                        .append(output == null ? " (--output FILE.json lists them all)" : " (all in " + output + ")");
            }
        }
        text.append('\n');
        if (!view.samples().isEmpty()) {
            Table plans = new Table("ACCOUNT", "PRODUCT", "ADD-ONS", "PLAN");
            view.samples().forEach(sample -> plans.row(String.valueOf(sample.account()),
                    String.valueOf(sample.mainProduct()), sample.addOns().isEmpty() ? "-" : sample.addOns().stream()
                            .map(String::valueOf).collect(Collectors.joining(", ")), String.join("; ", sample.plan())));
            text.append(plans);
        }
        return text.toString();
    }

    private static String words(List<String> items) {
        return items.isEmpty() ? "-" : String.join(", ", items);
    }
}
