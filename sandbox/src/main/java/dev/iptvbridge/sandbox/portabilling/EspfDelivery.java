package dev.iptvbridge.sandbox.portabilling;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What happened to one ESPF event. Bodies are not kept: the event is rebuilt from these fields.
 *
 * @param iEvent     the event's {@code i_event}, the same on every attempt
 * @param eventType  the name sent, e.g. {@code Subscriber/Updated} or {@code Account/Blocked}
 * @param subjectKey {@code i_account} or {@code i_customer}
 * @param subjectId  the account's or customer's id
 * @param attempts   every request sent for this event, duplicates included, oldest first
 * @param fate       where it stands now
 */
public record EspfDelivery(
        long iEvent, String eventType, String subjectKey, long subjectId, List<DeliveryAttempt> attempts, DeliveryFate fate) {

    public EspfDelivery {
        requireNonNull(eventType, "eventType is null");
        requireNonNull(subjectKey, "subjectKey is null");
        requireNonNull(fate, "fate is null");
        attempts = List.copyOf(attempts);
    }

    public boolean isAccountEvent() {
        return "i_account".equals(subjectKey);
    }
}
