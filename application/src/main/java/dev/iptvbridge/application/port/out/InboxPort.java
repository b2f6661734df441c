package dev.iptvbridge.application.port.out;

import java.time.Instant;

/** The durable inbox of ESPF events. */
public interface InboxPort {

    /**
     * Stores the event and queues its subject in one transaction, so that a stored event always
     * leads to a reconcile, due at or after the event's arrival (an adapter may let it settle a
     * moment, so that the events of one change meet). Returns only once the store is durable. An
     * {@code i_event} seen before is recognised and changes nothing.
     *
     * @throws TransientFailure when the event could not be stored durably
     */
    StoreOutcome store(InboundEvent event);

    /** Removes events received before {@code cutoff}; returns how many. */
    int purgeReceivedBefore(Instant cutoff);
}
