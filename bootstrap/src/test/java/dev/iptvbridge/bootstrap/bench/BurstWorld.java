package dev.iptvbridge.bootstrap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The benchmark's world: many accounts on the demo products, and the rounds of changes made to each. */
final class BurstWorld {

    static final long FIRST_ACCOUNT = 2_000_000;

    private BurstWorld() {
    }

    /** Accounts on TV Basic (101), spread over 1,000 customers; no add-on. */
    static InputStream write(Path file, int accounts) throws IOException {
        StringBuilder yaml = new StringBuilder("environment: 3\nproducts:\n")
                .append("  - {i_product: 101, name: TV Basic, addon_priority: 0}\n")
                .append("  - {i_product: 102, name: TV Family, addon_priority: 0}\n")
                .append("  - {i_product: 103, name: Voice Only, addon_priority: 0}\n")
                .append("  - {i_product: 201, name: Sports pack, addon_priority: 10}\n")
                .append("customers:\n");
        for (int customer = 0; customer < 1000; customer++) {
            yaml.append("  - {i_customer: ").append(9_000_000 + customer).append(", name: Burst customer ")
                    .append(customer).append(", bill_status: O, blocked: N}\n");
        }
        yaml.append("accounts:\n");
        for (int account = 0; account < accounts; account++) {
            yaml.append("  - {i_account: ").append(FIRST_ACCOUNT + account).append(", id: burst").append(account)
                    .append("@tv.example, i_customer: ").append(9_000_000 + account % 1000)
                    .append(", i_product: 101, blocked: N, bill_status: O}\n");
        }
        Files.writeString(file, yaml);
        return Files.newInputStream(file);
    }

    /**
     * Round by round, what changes on every account: each a real change, so each emits an event. After
     * five rounds the account is on TV Basic with the Sports pack, unblocked.
     */
    static List<Map<String, Object>> changes() {
        return List.of(
                Map.of("blocked", "Y"),
                Map.of("i_product", 102),
                Map.of("blocked", "N"),
                Map.of("assigned_addons", List.of(Map.of("i_product", 201, "addon_effective_from", "2026-01-01T00:00:00"))),
                Map.of("i_product", 101));
    }
}
