package dev.iptvbridge.minerva;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.purchase.Purchase;
import dev.iptvbridge.application.purchase.PurchaseEvent;
import dev.iptvbridge.application.purchase.PurchaseEventType;
import dev.iptvbridge.application.port.out.PurchaseFeedPage;
import dev.iptvbridge.application.port.out.PurchaseFeedPort;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Minerva's purchase feed, with the same concurrency cap, rate limit, retries and breaker
 * settings as the subscriber API (a breaker of its own). An event the bridge cannot even place
 * (no seq, no purchase id, an unknown type) fails the page: skipping it would lose a charge.
 */
public final class MinervaPurchaseFeed implements PurchaseFeedPort {

    private final PurchaseFeedApi api;
    private final CallGuard guard;

    private MinervaPurchaseFeed(PurchaseFeedApi api, CallGuard guard) {
        this.api = api;
        this.guard = guard;
    }

    public static MinervaPurchaseFeed create(MinervaSettings settings, MinervaResilience resilience) {
        requireNonNull(settings, "settings is null");
        requireNonNull(resilience, "resilience is null");
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new MinervaPurchaseFeed(MinervaClients.target(PurchaseFeedApi.class, settings, json),
                new CallGuard(settings, new Resilience(resilience)));
    }

    @Override
    public PurchaseFeedPage read(long after, int size) {
        if (after < 0 || size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("after must be 0 or more and size 1 to " + MAX_PAGE + ", not after "
                    + after + " size " + size);
        }
        String action = "read Minerva's purchase feed after seq " + after;
        PurchaseEventsJson page;
        try {
            page = guard.call(action, () -> api.events(after, size));
        } catch (MinervaCallException e) {
            throw Failures.classify(action, e);
        }
        if (page == null || page.events() == null || page.last() == null) {
            throw new PermanentFailure(action + ": the answer has no 'events' or 'last' (docs/minerva.md, Purchases)");
        }
        List<PurchaseEvent> events = new ArrayList<>(page.events().size());
        for (PurchaseEventsJson.Event event : page.events()) {
            events.add(toEvent(action, event));
        }
        return new PurchaseFeedPage(events, page.last());
    }

    private static PurchaseEvent toEvent(String action, PurchaseEventsJson.Event json) {
        if (json == null || json.seq() == null || json.purchaseId() == null || json.purchaseId().isBlank()
                || !("PURCHASE".equals(json.type()) || "REFUND".equals(json.type())) || json.at() == null) {
            throw new PermanentFailure(action + ": an event lacks its seq, purchaseId, at or a type PURCHASE/REFUND ("
                    + json + "); the feed stops here until Minerva's answer is fixed or adapter-minerva adapted");
        }
        Instant at;
        try {
            at = Instant.parse(json.at());
        } catch (DateTimeParseException e) {
            throw new PermanentFailure(action + ": event " + json.seq() + " has 'at' " + json.at()
                    + ", not an ISO-8601 instant such as 2026-11-25T20:11:00Z", e);
        }
        // The rest is kept as sent, so that a purchase that cannot be charged is parked with its reason.
        return new PurchaseEvent(json.seq(), PurchaseEventType.valueOf(json.type()), new Purchase(json.purchaseId(),
                orEmpty(json.externalId()), orEmpty(json.kind()), orEmpty(json.title()), orEmpty(json.price()),
                orEmpty(json.currency()), at));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
