package dev.iptvbridge.application.port.out;

import static java.util.Objects.requireNonNull;

import dev.iptvbridge.application.purchase.PurchaseEvent;
import java.util.List;

/**
 * One page of the purchase feed.
 *
 * @param events the events after the cursor asked for, in {@code seq} order (may repeat earlier ones)
 * @param last   the highest {@code seq} of the page; the cursor asked for when there is nothing new
 */
public record PurchaseFeedPage(List<PurchaseEvent> events, long last) {

    public PurchaseFeedPage {
        events = List.copyOf(requireNonNull(events, "events is null"));
    }
}
