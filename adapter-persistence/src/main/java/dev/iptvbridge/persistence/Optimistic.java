package dev.iptvbridge.persistence;

import dev.iptvbridge.application.port.out.TransientFailure;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;

/** Runs a transaction again when it lost a race; a handful of lost races in a row is a busy database. */
final class Optimistic {

    private static final int ATTEMPTS = 20;

    private Optimistic() {
    }

    static <T> T retry(String what, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (Conflict | JdbiException e) {
                if (e instanceof JdbiException && !Failures.isUniqueViolation(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new TransientFailure("Could not " + what + ": it was changed concurrently " + ATTEMPTS
                            + " times in a row. The database is very busy; the work is retried later.", e);
                }
                Thread.yield();
            }
        }
    }
}
