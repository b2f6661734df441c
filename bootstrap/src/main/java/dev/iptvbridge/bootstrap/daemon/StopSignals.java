package dev.iptvbridge.bootstrap.daemon;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT stop the daemon in its own order before the JVM begins to shut down.
 *
 * <p>The JVM runs all shutdown hooks at once, H2's among them: H2 closed its database while our
 * workers were still finishing ("Database is already closed"), and H2 refuses to leave that to us
 * ({@code DB_CLOSE_ON_EXIT=FALSE}) beside {@code AUTO_SERVER}. Handling the signals ourselves, the
 * daemon stops its workers, then closes the database, and only then does the JVM exit and run its
 * hooks, which find nothing left to do.
 */
public final class StopSignals {

    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);

    private StopSignals() {
    }

    /** Runs {@code stop} on SIGTERM or SIGINT instead of starting the JVM's shutdown; it must lead to an exit. */
    public static void install(Runnable stop) {
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    LOG.info("SIG{} received", name);
                    stop.run();
                });
            } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
                // The JVM keeps this signal for itself (-Xrs, or a platform without it): its shutdown hook stops us.
                LOG.debug("cannot handle SIG{}: {}", name, unavailable.getMessage());
            }
        }
    }
}
