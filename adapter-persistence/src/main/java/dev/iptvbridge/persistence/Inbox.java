package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.InboundEvent;
import dev.iptvbridge.application.port.out.StoreOutcome;
import java.sql.SQLException;
import java.time.Instant;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox: an event and the request to reconcile its subject are stored in one transaction. An
 * event is a duplicate of another with the same environment and {@code i_event}. Content a
 * database refuses is cleaned and the cleaning logged: only the subject matters, and refusing
 * the event would make PortaBilling send it again and again.
 */
final class Inbox {

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    private final Jdbi jdbi;

    Inbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    StoreOutcome store(InboundEvent event) {
        InboxRow.Cleaned cleaned = InboxRow.of(event);
        if (!cleaned.changes().isEmpty()) {
            LOG.warn("event {} of environment {} stored with its content cleaned: {}", event.eventId(),
                    cleaned.row().environment(), String.join("; ", cleaned.changes()));
        }
        try {
            return store(event, cleaned.row());
        } catch (JdbiException e) {
            if (!isDataException(e)) {
                throw e;
            }
            // A value we did not foresee; what is left can be stored anywhere, and the subject is kept.
            LOG.warn("the database refused the content of event {} of environment {} ({}): stored with type '{}' "
                    + "and no event_time", event.eventId(), cleaned.row().environment(), e.getMessage(),
                    cleaned.row().bare().eventType());
            return store(event, cleaned.row().bare());
        }
    }

    private StoreOutcome store(InboundEvent event, InboxRow row) {
        try {
            return Optimistic.retry("store event " + event.eventId(), () -> jdbi.inTransaction(handle -> {
                InboxDao dao = handle.attach(InboxDao.class);
                if (dao.count(row.environment(), row.eventId()) > 0) {
                    throw new Duplicate();
                }
                try {
                    dao.insert(row);
                } catch (UnableToExecuteStatementException e) {
                    // Another store of the same event committed between our check and our insert.
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

    /** SQLState class 22: the database refused a value (bad character, out of range), not the statement. */
    private static boolean isDataException(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState() != null && sql.getSQLState().startsWith("22");
            }
        }
        return false;
    }

    /** Thrown inside the transaction so that it rolls back and nothing changes. */
    private static final class Duplicate extends RuntimeException {
        Duplicate() {
            super("duplicate event", null, false, false);
        }
    }
}
