package dev.iptvbridge.application.purchase;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What a customer bought on the TV, as Minerva reported it: nothing beyond presence is checked here,
 * so that a purchase the bridge cannot charge (a price that is no decimal, an account that is no
 * number) is kept and parked with its reason instead of lost.
 *
 * @param purchaseId Minerva's id of the purchase
 * @param externalId the Minerva customer's external id, which is the PortaBilling {@code i_account}
 * @param kind       {@code VOD} or {@code PPV}, as Minerva sent it
 * @param price      a decimal string in {@code currency}, as Minerva sent it
 * @param at         when Minerva recorded the purchase
 */
public record Purchase(String purchaseId, String externalId, String kind, String title, String price,
                       String currency, Instant at) {

    public Purchase {
        requireNonNull(purchaseId, "purchaseId is null");
        requireNonNull(externalId, "externalId is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(title, "title is null");
        requireNonNull(price, "price is null");
        requireNonNull(currency, "currency is null");
        requireNonNull(at, "at is null");
    }
}
