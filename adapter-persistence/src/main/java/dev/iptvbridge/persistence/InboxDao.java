package dev.iptvbridge.persistence;

import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of {@code inbox_event} beside a store ({@link StoreSql}), keyed by environment and {@code i_event}. */
interface InboxDao {

    @SqlUpdate("DELETE FROM inbox_event WHERE received_at < :cutoff")
    int deleteReceivedBefore(@Bind("cutoff") Instant cutoff);
}
