package dev.iptvbridge.application.fake;

import dev.iptvbridge.application.purchase.PurchaseEvent;
import dev.iptvbridge.application.port.out.PurchaseFeedPage;
import dev.iptvbridge.application.port.out.PurchaseFeedPort;
import java.util.ArrayList;
import java.util.List;

/** Minerva's purchase feed in memory; can repeat events already served, as an at-least-once feed may. */
public final class FakePurchaseFeed implements PurchaseFeedPort {

    private final List<PurchaseEvent> events = new ArrayList<>();
    private int repeat;

    public synchronized void add(PurchaseEvent event) {
        events.add(event);
    }

    /** Every page also carries the {@code count} events before the cursor asked for. */
    public synchronized void repeat(int count) {
        repeat = count;
    }

    @Override
    public synchronized PurchaseFeedPage read(long after, int size) {
        List<PurchaseEvent> page = new ArrayList<>();
        for (PurchaseEvent event : events) {
            if (event.seq() > after - repeat && page.size() < size) {
                page.add(event);
            }
        }
        long last = page.stream().mapToLong(PurchaseEvent::seq).max().orElse(after);
        return new PurchaseFeedPage(page, Math.max(last, after));
    }
}
