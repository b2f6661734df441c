package dev.iptvbridge.embedded.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DueWakeTest {

    @Test
    void idle_workers_are_woken_once_the_settle_delay_has_passed() {
        AtomicInteger wakes = new AtomicInteger();
        DueWake dueWake = new DueWake(Duration.ofMillis(200), wakes::incrementAndGet);
        long stored = System.nanoTime();

        dueWake.after();

        await().atMost(Duration.ofSeconds(10)).until(() -> wakes.get() > 0);
        assertThat(System.nanoTime() - stored).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
        dueWake.stop();
    }
}
