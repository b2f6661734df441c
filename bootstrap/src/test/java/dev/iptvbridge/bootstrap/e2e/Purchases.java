package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.sandbox.minerva.MinervaSimulator;
import dev.iptvbridge.sandbox.minerva.SimPurchaseEvent;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.SimTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the purchase tests share: accounts that can be charged, purchases bought, and the bill checked. */
final class Purchases {

    static final String SERVICE = "4";

    private Purchases() {
    }

    /** The settings that turn charging on, fast enough for a test. */
    static Map<String, String> settings() {
        return Map.of("purchases.enabled", "true", "purchases.service", SERVICE, "purchases.pollInterval", "200ms",
                "purchases.pageSize", "100", "purchases.lease", "3s", "portabilling.connectTimeout", "500ms",
                "portabilling.readTimeout", "500ms", "retry.baseDelay", "200ms", "maintenance.sweepInterval", "0s");
    }

    /** {@code count} open accounts in PortaBilling, half of them naming their currency (USD), half leaving it to the default. */
    static List<Long> accounts(PortaBillingSimulator billing, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = billing.addAccount(E2e.account("buyer" + i + "@tv.example", 5001 + i % 3, 101));
            if (i % 2 == 0) {
                billing.setAccountCurrency(id, "USD");
            }
            ids.add(id);
        }
        return ids;
    }

    /** {@code count} purchases spread over the accounts, and a refund of every {@code refundEvery}-th one. */
    static List<SimPurchaseEvent> buy(MinervaSimulator minerva, List<Long> accounts, int count, int refundEvery) {
        List<SimPurchaseEvent> bought = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bought.add(minerva.recordPurchase(String.valueOf(accounts.get(i % accounts.size())), i % 3 == 0 ? "PPV" : "VOD",
                    "Title " + i, (1 + i % 9) + ".99", "USD"));
            if (refundEvery > 0 && i % refundEvery == refundEvery - 1) {
                minerva.refundPurchase(bought.get(i - refundEvery / 2).purchaseId());
            }
        }
        return bought;
    }

    /** Transactions per internal comment, from the PortaBilling simulator's own record. */
    static Map<String, Long> byComment(PortaBillingSimulator billing) {
        return billing.transactions().stream().collect(Collectors.groupingBy(SimTransaction::internalComment,
                Collectors.counting()));
    }

    /** Every purchase charged once, every refund credited once, on the right account, for the right amount, and nothing else. */
    static void assertExactlyOnce(PortaBillingSimulator billing, MinervaSimulator minerva, List<SimPurchaseEvent> good) {
        Map<String, SimPurchaseEvent> purchases = good.stream().collect(Collectors.toMap(SimPurchaseEvent::purchaseId,
                Function.identity()));
        List<String> refunded = minerva.purchaseEvents().stream().filter(e -> e.type().equals("REFUND"))
                .map(SimPurchaseEvent::purchaseId).toList();
        Map<String, Long> counts = byComment(billing);
        Map<String, Long> expected = new java.util.HashMap<>();
        purchases.keySet().forEach(id -> expected.put("minerva-purchase:" + id, 1L));
        refunded.forEach(id -> expected.put("minerva-refund:" + id, 1L));
        assertThat(counts).as("transactions per purchase and refund").isEqualTo(expected);
        for (SimTransaction t : billing.transactions()) {
            String id = t.internalComment().substring(t.internalComment().indexOf(':') + 1);
            SimPurchaseEvent purchase = purchases.get(id);
            assertThat(t.iAccount()).isEqualTo(Long.parseLong(purchase.externalId()));
            assertThat(t.amount().toPlainString()).isEqualTo(purchase.price());
            assertThat(t.visibleComment()).isEqualTo(purchase.kind() + ": " + purchase.title());
            assertThat(t.iService()).isEqualTo(Integer.parseInt(SERVICE));
            assertThat(t.action()).isEqualTo(t.internalComment().startsWith("minerva-refund:") ? "Manual credit"
                    : "Manual charge");
        }
    }
}
