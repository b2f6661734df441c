package dev.iptvbridge.sandbox.portabilling;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without a logback configuration on the test classpath logback logs at DEBUG, and Jetty's
 * debug output slows every request to a crawl; these tests only need warnings.
 */
final class QuietLogs {

    private QuietLogs() {
    }

    static void install() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }
}
