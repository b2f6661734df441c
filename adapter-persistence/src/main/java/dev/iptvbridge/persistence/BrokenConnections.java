package dev.iptvbridge.persistence;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the pool which errors mean the connection itself is dead. HikariCP knows PostgreSQL's
 * ({@code 08xxx}, {@code 57P0x}) but not H2's: without this, a connection to an H2 server that
 * restarted stays in the pool, and is handed out again and again, as long as it is used often.
 */
final class BrokenConnections implements SQLExceptionOverride {

    // H2: database already closed, connection broken, database is closed.
    private static final Set<Integer> H2_DEAD = Set.of(90121, 90067, 90098);

    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        String state = failure.getSQLState();
        boolean h2 = state != null && state.length() == 5 && state.startsWith("90");
        return h2 && H2_DEAD.contains(failure.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
