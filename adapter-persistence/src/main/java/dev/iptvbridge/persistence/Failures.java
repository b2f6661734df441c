package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.IntegrationException;
import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.TransientFailure;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.function.Supplier;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.JdbiException;

/**
 * The adapter's edge: Jdbi, Flyway and JDBC exceptions become the ports' failures. A failure
 * that may pass by itself (connection lost, pool exhausted, lock or serialization conflict) is
 * a {@link TransientFailure}; anything else, such as a missing table, a {@link PermanentFailure}.
 */
final class Failures {

    // H2 error codes that mean "try again": lock timeout, deadlock, concurrent update,
    // connection broken, database closed, remote connection refused.
    private static final Set<Integer> H2_TRANSIENT = Set.of(50200, 40001, 90131, 90067, 90098, 90121, 90028, 90046);

    private Failures() {
    }

    static <T> T guard(String operation, String maskedUrl, Supplier<T> action) {
        try {
            return action.get();
        } catch (JdbiException | FlywayException e) {
            throw translate(operation + " in " + maskedUrl, e);
        }
    }

    static void guard(String operation, String maskedUrl, Runnable action) {
        guard(operation, maskedUrl, () -> {
            action.run();
            return null;
        });
    }

    static IntegrationException translate(String operation, RuntimeException failure) {
        if (failure instanceof IntegrationException integration) {
            return integration;
        }
        SQLException sql = sqlCause(failure);
        String cause = sql == null ? String.valueOf(failure.getMessage())
                : "SQLState " + sql.getSQLState() + ": " + sql.getMessage() + rootCause(sql);
        if (isTransient(sql)) {
            return new TransientFailure("Could not " + operation + ": the database is unreachable or busy (" + cause
                    + "). Check that the database is running and reachable from the bridge and that the pool "
                    + "(database.maxPoolSize) suffices; the work is retried.", failure);
        }
        return new PermanentFailure("Could not " + operation + ": the database refused it (" + cause
                + "). Check that the schema is migrated and that the database user may read and write the "
                + "bridge's tables.", failure);
    }

    static boolean isUniqueViolation(RuntimeException failure) {
        SQLException sql = sqlCause(failure);
        return sql != null && "23505".equals(sql.getSQLState());
    }

    private static boolean isTransient(SQLException sql) {
        if (sql == null) {
            return false;
        }
        if (sql instanceof SQLTransientException || sql instanceof SQLRecoverableException) {
            return true;
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        return state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57P") || state.equals("HYT00") || H2_TRANSIENT.contains(sql.getErrorCode())
                && !state.startsWith("42");
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? "" : "; caused by " + root.getMessage();
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
