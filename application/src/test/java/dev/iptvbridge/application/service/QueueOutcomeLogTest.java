package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.PermanentFailure;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the log says of an entry that failed: a parking is a WARN "parked" line with the attempts made and
 * the reason, a retry an INFO "will retry" line with the delay, and never the one for the other.
 * (Without a logging backend on the class path, {@code System.Logger} is java.util.logging's.)
 */
class QueueOutcomeLogTest {

    private static final RetryPolicy POLICY =
            new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofMinutes(2));

    private final TestBridge bridge = new TestBridge().withGoodCustomer();
    private final ProcessWorkService worker = bridge.worker(POLICY, 0.5);
    // Held here: java.util.logging keeps its loggers only weakly.
    private final Logger log = Logger.getLogger(ProcessWorkService.class.getName());
    private final List<LogRecord> lines = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    @Test
    void aPermanentFailureIsLoggedAsParkedAtWarnWithItsReason() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.queue.enqueue(WorkKey.account(ACCOUNT), START);
        bridge.platform.failCall(1, new PermanentFailure("Minerva refused the credentials"));

        worker.processDue("w1", 10);

        assertThat(texts(Level.WARNING)).containsExactly(
                "parked account " + ACCOUNT + " after 1 attempt: PermanentFailure: Minerva refused the credentials");
        assertThat(texts(Level.INFO)).noneMatch(text -> text.contains("will retry"));
    }

    @Test
    void aTransientFailureIsLoggedAsWillRetryWithTheDelayThenAsParkedAfterTheLastAttempt() {
        bridge.billing.put(openAccount(TV_BASIC));
        bridge.queue.enqueue(WorkKey.account(ACCOUNT), START);
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            bridge.billing.failNextCall(new TransientFailure("PortaBilling answered 500", null));
            worker.processDue("w1", 10);
            bridge.clock.advance(POLICY.maxDelay());
        }

        // Equal jitter of 0.5 on a base of 2 s doubling: 1.5 s, then 3 s.
        assertThat(texts(Level.INFO)).containsExactly(
                "will retry account " + ACCOUNT + " in 1.5 s: TransientFailure: PortaBilling answered 500",
                "will retry account " + ACCOUNT + " in 3 s: TransientFailure: PortaBilling answered 500");
        assertThat(texts(Level.WARNING)).containsExactly(
                "parked account " + ACCOUNT + " after 3 attempts: TransientFailure: PortaBilling answered 500");
    }

    @Test
    void delaysReadAsPeopleSayThem() {
        assertThat(ProcessWorkService.inWords(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(ProcessWorkService.inWords(Duration.ofMillis(2500))).isEqualTo("2.5 s");
        assertThat(ProcessWorkService.inWords(Duration.ofMinutes(1))).isEqualTo("60 s");
    }

    private List<String> texts(Level level) {
        SimpleFormatter formatter = new SimpleFormatter();
        return lines.stream().filter(line -> line.getLevel().equals(level)).map(formatter::formatMessage).toList();
    }
}
