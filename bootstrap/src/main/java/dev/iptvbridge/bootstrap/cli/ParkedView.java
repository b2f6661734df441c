package dev.iptvbridge.bootstrap.cli;

import dev.iptvbridge.application.port.out.QueueEntry;
import dev.iptvbridge.application.port.out.WorkKind;
import java.time.Instant;
import java.util.Locale;

/**
 * One parked entry, as {@code parked} prints it.
 *
 * @param kind      account, or customer (an entry that fans out into the customer's accounts)
 * @param id        the {@code i_account} or {@code i_customer}
 * @param attempts  the attempts made, the one that parked it included
 * @param queuedAt  when it was first queued
 * @param lastError the failure that parked it
 */
record ParkedView(String kind, long id, int attempts, Instant queuedAt, String lastError) {

    static ParkedView of(QueueEntry entry) {
        // The queue counts the retries an entry was given; parking keeps that count, so the attempt that parked
        // it is one more.
        return new ParkedView(entry.key().kind().name().toLowerCase(Locale.ROOT), entry.key().id(), entry.attempts() + 1,
                entry.queuedAt(), entry.lastError().orElse(null));
    }

    /** The table's first column: the account's id, or "customer N". */
    String who() {
        return kind.equals(WorkKind.ACCOUNT.name().toLowerCase(Locale.ROOT)) ? String.valueOf(id) : kind + " " + id;
    }
}
