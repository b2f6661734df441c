package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.embedded.internal.view.HistoryPeriodPart;
import dev.iptvbridge.embedded.internal.view.HistoryView;
import java.util.stream.Collectors;

/** The history view for people: one table row per period. */
final class HistoryText {

    private HistoryText() {
    }

    static String of(HistoryView view) {
        String window = "account " + view.account() + " from " + view.from() + " to "
                + (view.to() == null ? "now" : view.to());
        if (view.periods().isEmpty()) {
            return "no service history for " + window + ": the bridge never gave it a service package\n";
        }
        Table table = new Table("SERVICE PACKAGE", "STATE", "FROM", "TO", "REASON", "EVENTS");
        for (HistoryPeriodPart period : view.periods()) {
            table.row(period.servicePackage(), period.state(), period.from(),
                    period.to() == null ? "(lasting)" : period.to(), period.reason() == null ? "" : period.reason(),
                    period.events().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
        return "service history of " + window + "\n" + table;
    }
}
