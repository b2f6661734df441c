package dev.iptvbridge.sandbox.portabilling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One ESPF event in the sender's queue and log. Kept small on purpose (a burst of 100,000
 * events must fit easily): no body, attempts packed two longs each. Guarded by the
 * {@link DeliveryQueue}'s lock.
 */
final class QueuedEvent {

    private static final String[] FAILURES = {"", "timeout", "connection failed", "interrupted"};

    final long iEvent;
    final String type;
    final boolean customer;
    final long subjectId;
    final int iEnv;
    final long eventEpochSecond;
    final String coalescingKey; // null when the type is not coalesced
    DeliveryFate fate = DeliveryFate.QUEUED;
    boolean inFlight;
    private long[] attempts = new long[0];

    QueuedEvent(long iEvent, String type, boolean customer, long subjectId, int iEnv, long eventEpochSecond, String coalescingKey) {
        this.iEvent = iEvent;
        this.type = type;
        this.customer = customer;
        this.subjectId = subjectId;
        this.iEnv = iEnv;
        this.eventEpochSecond = eventEpochSecond;
        this.coalescingKey = coalescingKey;
    }

    void addAttempt(DeliveryAttempt attempt) {
        int failure = Math.max(0, Arrays.asList(FAILURES).indexOf(attempt.failure()));
        if (failure == 0 && !attempt.failure().isEmpty()) {
            failure = 2;
        }
        attempts = Arrays.copyOf(attempts, attempts.length + 2);
        attempts[attempts.length - 2] = attempt.at().toEpochMilli();
        attempts[attempts.length - 1] = ((long) failure << 32) | (attempt.status() & 0xffffffffL);
    }

    int attemptCount() {
        return attempts.length / 2;
    }

    EspfDelivery toDelivery() {
        List<DeliveryAttempt> list = new ArrayList<>(attempts.length / 2);
        for (int i = 0; i < attempts.length; i += 2) {
            int status = (int) attempts[i + 1];
            int failure = (int) (attempts[i + 1] >>> 32);
            list.add(new DeliveryAttempt(Instant.ofEpochMilli(attempts[i]), status, FAILURES[failure]));
        }
        return new EspfDelivery(iEvent, type, customer ? "i_customer" : "i_account", subjectId, list, fate);
    }
}
