package dev.iptvbridge.sandbox.minerva;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The purchases customers made on the TV and the feed that publishes them, {@code seq} growing by
 * one per event. Prices are kept as sent, so that a test can plant one that is no decimal. With
 * {@link #repeatEvery(int)} every n-th page also carries the events of the page before it, as a
 * feed read at least once may.
 */
final class PurchaseFeed {

    static final int MAX_PAGE = 1000;
    private static final Set<String> FIELDS = Set.of("purchaseId", "externalId", "kind", "title", "price", "currency");

    private final Clock clock;
    private final List<SimPurchaseEvent> events = new ArrayList<>();
    private final Map<String, SimPurchaseEvent> purchases = new LinkedHashMap<>();
    private long nextPurchase = 1;
    private int repeatEvery;
    private long pagesServed;

    PurchaseFeed(Clock clock) {
        this.clock = clock;
    }

    /** {@code POST /purchases}: records a purchase; its id is given or made up. */
    synchronized SimPurchaseEvent purchase(JsonNode body) {
        Bodies.onlyFields(body, FIELDS);
        String id = Bodies.optional(body, "purchaseId").map(v -> Bodies.nonEmptyText(v, "purchaseId")).orElse(null);
        return purchase(id, required(body, "externalId"), required(body, "kind"), required(body, "title"),
                required(body, "price"), required(body, "currency"));
    }

    /** Records a purchase; a null {@code id} is made up, such as {@code PUR-000001}. */
    synchronized SimPurchaseEvent purchase(String givenId, String externalId, String kind, String title, String price,
                                           String currency) {
        String id = givenId != null ? givenId : String.format("PUR-%06d", nextPurchase);
        if (purchases.containsKey(id)) {
            throw new MinervaHttpError(409, "PURCHASE_EXISTS", "purchase " + id + " exists already");
        }
        nextPurchase++;
        SimPurchaseEvent event = new SimPurchaseEvent(events.size() + 1L, "PURCHASE", id, externalId, kind, title, price,
                currency, clock.instant());
        events.add(event);
        purchases.put(id, event);
        return event;
    }

    /** {@code POST /purchases/{id}/refund}: refunds a purchase once. */
    synchronized SimPurchaseEvent refund(String purchaseId) {
        SimPurchaseEvent bought = purchases.get(purchaseId);
        if (bought == null) {
            throw new MinervaHttpError(404, "PURCHASE_NOT_FOUND", "no purchase " + purchaseId);
        }
        if (events.stream().anyMatch(e -> e.type().equals("REFUND") && e.purchaseId().equals(purchaseId))) {
            throw new MinervaHttpError(409, "PURCHASE_REFUNDED", "purchase " + purchaseId + " is refunded already");
        }
        SimPurchaseEvent refund = new SimPurchaseEvent(events.size() + 1L, "REFUND", purchaseId, bought.externalId(),
                bought.kind(), bought.title(), bought.price(), bought.currency(), clock.instant());
        events.add(refund);
        return refund;
    }

    /** {@code GET /purchases/events?after=&size=}. */
    synchronized Map<String, Object> page(String afterParam, String sizeParam) {
        long after = number(afterParam, "after", 0, 0, Long.MAX_VALUE);
        int size = (int) number(sizeParam, "size", 100, 1, MAX_PAGE);
        pagesServed++;
        long from = after;
        if (repeatEvery > 0 && pagesServed % repeatEvery == 0) {
            from = Math.max(0, after - size); // the page before, once more
        }
        List<SimPurchaseEvent> page = new ArrayList<>();
        for (long seq = from + 1; seq <= events.size() && page.size() < size + (after - from); seq++) {
            page.add(events.get((int) seq - 1));
        }
        long last = page.isEmpty() ? after : Math.max(after, page.get(page.size() - 1).seq());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("events", page);
        answer.put("last", last);
        return answer;
    }

    synchronized List<SimPurchaseEvent> events() {
        return List.copyOf(events);
    }

    synchronized void repeatEvery(int pages) {
        repeatEvery = pages;
    }

    synchronized void clear() {
        events.clear();
        purchases.clear();
        repeatEvery = 0;
        pagesServed = 0;
    }

    private static String required(JsonNode body, String field) {
        return Bodies.optional(body, field).map(v -> Bodies.text(v, field))
                .orElseThrow(() -> MinervaHttpError.validation("'" + field + "' is required"));
    }

    private static long number(String value, String name, long absent, long min, long max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw MinervaHttpError.validation("'" + name + "' must be a whole number from " + min + " to " + max
                + ", got '" + value + "'");
    }
}
