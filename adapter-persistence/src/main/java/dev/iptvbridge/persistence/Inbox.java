package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.InboundEvent;
import dev.iptvbridge.application.port.out.StoreOutcome;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox: an event and the request to reconcile its subject are stored in one transaction,
 * with the stores that arrived meanwhile ({@link GroupCommit}), and a store returns only after
 * that commit. The entry becomes due a settle delay after the event arrived, so that the events
 * of one change in billing meet in one reconcile. An event is a duplicate of another with the
 * same environment and {@code i_event}. Content a
 * database refuses is cleaned and the cleaning logged: only the subject matters, and refusing
 * the event would make PortaBilling send it again and again.
 */
final class Inbox {

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    // A batch larger than this waits for the next commit: one transaction stays short.
    private static final int MAX_BATCH = 128;

    private final Jdbi jdbi;
    private final InboxWriter writer;
    private final GroupCommit<InboxWriter.Request, StoreOutcome> commits;
    private final Duration settleDelay;

    Inbox(Jdbi jdbi, DataSource pool, BooleanSupplier postgres, Duration settleDelay) {
        this.jdbi = jdbi;
        this.writer = new InboxWriter(pool, postgres);
        this.commits = new GroupCommit<>(MAX_BATCH, this::writeBatch);
        this.settleDelay = settleDelay;
    }

    StoreOutcome store(InboundEvent event) {
        InboxRow.Cleaned cleaned = InboxRow.of(event);
        if (!cleaned.changes().isEmpty()) {
            LOG.warn("event {} of environment {} stored with its content cleaned: {}", event.eventId(),
                    cleaned.row().environment(), String.join("; ", cleaned.changes()));
        }
        // Due after it arrived, never before: its reconcile reads billing after the change it tells of.
        return commits.submit(new InboxWriter.Request(cleaned.row(), event.receivedAt().plus(settleDelay)));
    }

    /** How many stores wait for a commit to take them; for tests. */
    int waitingStores() {
        return commits.waiting();
    }

    private List<StoreOutcome> writeBatch(List<InboxWriter.Request> batch) {
        try {
            return Optimistic.retry("store " + batch.size() + " events", () -> writer.write(batch));
        } catch (JdbiException e) {
            if (!isDataException(e)) {
                throw e;
            }
            // One event's content refused fails its whole batch: each is written again on its own.
            List<StoreOutcome> outcomes = new ArrayList<>(batch.size());
            batch.forEach(request -> outcomes.add(writeAlone(request)));
            return outcomes;
        }
    }

    private StoreOutcome writeAlone(InboxWriter.Request request) {
        try {
            return Optimistic.retry("store event " + request.row().eventId(), () -> writer.write(List.of(request))).get(0);
        } catch (JdbiException e) {
            if (!isDataException(e)) {
                throw e;
            }
            // A value we did not foresee; what is left can be stored anywhere, and the subject is kept.
            InboxRow row = request.row();
            LOG.warn("the database refused the content of event {} of environment {} ({}): stored with type '{}' "
                    + "and no event_time", row.eventId(), row.environment(), e.getMessage(), row.bare().eventType());
            InboxWriter.Request bare = new InboxWriter.Request(row.bare(), request.dueAt());
            return Optimistic.retry("store event " + row.eventId(), () -> writer.write(List.of(bare))).get(0);
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
}
