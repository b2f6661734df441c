package dev.iptvbridge.sandbox.minerva;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional {@code purchases} section of a scenario file: {@code count} purchases spread over
 * {@code accounts} (external ids, in turn), titles numbered, and the first {@code refunds} of them refunded:
 * <pre>
 * purchases: {count: 2000, refunds: 200, accounts: ["1000001", "1000002"], kind: VOD, price: "3.99", currency: USD}
 * </pre>
 */
final class ScenarioPurchases {

    private ScenarioPurchases() {
    }

    static void make(JsonNode root, String source, PurchaseFeed feed) {
        JsonNode section = root == null ? null : root.get("purchases");
        if (section == null || section.isNull()) {
            return;
        }
        int count = section.path("count").asInt(0);
        int refunds = section.path("refunds").asInt(0);
        List<String> accounts = new ArrayList<>();
        section.path("accounts").forEach(a -> accounts.add(a.asText()));
        if (count < 0 || refunds < 0 || refunds > count || (count > 0 && accounts.isEmpty())) {
            throw new IllegalArgumentException("scenario " + source + ": 'purchases' needs count >= refunds >= 0 and a "
                    + "list of accounts, e.g. purchases: {count: 100, refunds: 10, accounts: [\"1000001\"]}");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(feed.purchase(null, accounts.get(i % accounts.size()), section.path("kind").asText("VOD"),
                    "Title " + (i + 1), section.path("price").asText("3.99"), section.path("currency").asText("USD"))
                    .purchaseId());
        }
        ids.subList(0, refunds).forEach(feed::refund);
    }
}
