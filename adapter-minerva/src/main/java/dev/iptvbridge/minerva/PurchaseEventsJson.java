package dev.iptvbridge.minerva;

import java.util.List;

/** A page of the purchase feed, as read: every field may be missing (null); the adapter checks them. */
record PurchaseEventsJson(List<Event> events, Long last) {

    /** One event of the page. */
    record Event(Long seq, String type, String purchaseId, String externalId, String kind, String title, String price,
                 String currency, String at) {
    }
}
