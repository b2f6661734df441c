package dev.iptvbridge.minerva;

import feign.Param;
import feign.RequestLine;

/**
 * Minerva's purchase feed ({@code GET {baseUrl}/purchases/events}): our model of it, in docs/minerva.md
 * ("Purchases"), restating /work/shared/reference/minerva.md.
 */
interface PurchaseFeedApi {

    @RequestLine("GET /purchases/events?after={after}&size={size}")
    PurchaseEventsJson events(@Param("after") long after, @Param("size") int size);
}
