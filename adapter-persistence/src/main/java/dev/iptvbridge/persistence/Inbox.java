package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.InboundEvent;
import dev.iptvbridge.application.port.out.StoreOutcome;
import java.time.Instant;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** The inbox: an event and the request to reconcile its subject are stored in one transaction. */
final class Inbox {

    private final Jdbi jdbi;

    Inbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    StoreOutcome store(InboundEvent event) {
        try {
            return Optimistic.retry("store event " + event.eventId(), () -> jdbi.inTransaction(handle -> {
                InboxDao dao = handle.attach(InboxDao.class);
                if (dao.count(event.eventId()) > 0) {
                    throw new Duplicate();
                }
                try {
                    dao.insert(InboxRow.of(event));
                } catch (UnableToExecuteStatementException e) {
                    // Another store of the same i_event committed between our check and our insert.
                    if (Failures.isUniqueViolation(e)) {
                        throw new Duplicate();
                    }
                    throw e;
                }
                WorkQueue.enqueueIn(handle, event.subject(), event.receivedAt(), OptionalLong.of(event.eventId()));
                return StoreOutcome.STORED;
            }));
        } catch (Duplicate duplicate) {
            return StoreOutcome.DUPLICATE;
        }
    }

    int purgeReceivedBefore(Instant cutoff) {
        return jdbi.withExtension(InboxDao.class, dao -> dao.deleteReceivedBefore(cutoff));
    }

    /** Thrown inside the transaction so that it rolls back and nothing changes. */
    private static final class Duplicate extends RuntimeException {
        Duplicate() {
            super("duplicate i_event", null, false, false);
        }
    }
}
