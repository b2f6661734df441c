package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.in.RevenueFinding;
import dev.iptvbridge.application.port.in.RevenueReport;
import java.util.List;

/** What {@code revenue --format json} prints and {@code --output} writes. */
record RevenueView(String checkedAt, long customersChecked, List<Finding> servedNotCharged,
                   List<Finding> chargedNotServed) {

    /** One account and service package, with the subscriptions concerned. */
    record Finding(long account, String servicePackage, List<Long> subscriptions) {

        static Finding of(RevenueFinding finding) {
            return new Finding(finding.account(), finding.servicePackage(), List.copyOf(finding.subscriptions()));
        }
    }

    static RevenueView of(RevenueReport report) {
        return new RevenueView(report.checkedAt().toString(), report.customersChecked(),
                report.servedNotCharged().stream().map(Finding::of).toList(),
                report.chargedNotServed().stream().map(Finding::of).toList());
    }

    String sentence() {
        StringBuilder text = new StringBuilder("checked " + customersChecked + " Minerva customers at " + checkedAt
                + ": " + servedNotCharged.size() + " served not charged, " + chargedNotServed.size()
                + " charged not served\n");
        if (servedNotCharged.isEmpty() && chargedNotServed.isEmpty()) {
            return text.toString();
        }
        Table table = new Table("FINDING", "ACCOUNT", "SERVICE PACKAGE", "SUBSCRIPTIONS");
        servedNotCharged.forEach(f -> table.row("served not charged", String.valueOf(f.account()), f.servicePackage(),
                ids(f)));
        chargedNotServed.forEach(f -> table.row("charged not served", String.valueOf(f.account()), f.servicePackage(),
                ids(f)));
        return text.append(table).toString();
    }

    private static String ids(Finding finding) {
        return String.join(" ", finding.subscriptions().stream().map(String::valueOf).toList());
    }
}
