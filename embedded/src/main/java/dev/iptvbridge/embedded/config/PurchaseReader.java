package dev.iptvbridge.embedded.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Reads {@code purchases.*}: the service and currency are needed only once charging is on. */
final class PurchaseReader {

    private final Map<String, String> values;
    private final List<String> problems;
    private final UnaryOperator<String> label;

    PurchaseReader(Map<String, String> values, List<String> problems, UnaryOperator<String> label) {
        this.values = values;
        this.problems = problems;
        this.label = label;
    }

    BridgeConfig.PurchaseConfig read(Duration pollInterval, int pageSize, Duration lease) {
        String flag = values.getOrDefault("purchases.enabled", "false").trim().toLowerCase(Locale.ROOT);
        if (!flag.equals("true") && !flag.equals("false")) {
            problems.add(label.apply("purchases.enabled") + " '" + flag + "' must be true or false");
        }
        boolean enabled = flag.equals("true");
        String service = values.getOrDefault("purchases.service", "").trim();
        int iService = 0;
        if (!service.isEmpty()) {
            try {
                iService = Integer.parseInt(service);
            } catch (NumberFormatException notNumber) {
                iService = -1;
            }
            if (iService < 1) {
                problems.add(label.apply("purchases.service") + " '" + service + "' is not an i_service: give the"
                        + " number of the PortaBilling service the charges are booked under, such as 4");
            }
        } else if (enabled) {
            problems.add(label.apply("purchases.service") + " is missing while purchases.enabled is true: give the"
                    + " i_service the charges are booked under (PortaBilling, Configuration > Services), such as 4");
        }
        String currency = values.getOrDefault("purchases.defaultCurrency", "").trim().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(label.apply("purchases.defaultCurrency") + " '" + currency + "' is not an ISO 4217 code:"
                    + " write three letters such as USD, the currency of accounts that do not name one");
        }
        return new BridgeConfig.PurchaseConfig(enabled, pollInterval, Math.max(iService, 0), currency, pageSize, lease);
    }
}
