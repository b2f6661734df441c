package dev.iptvbridge.embedded.internal.worker;

import static org.awaitility.Awaitility.await;

import dev.iptvbridge.application.port.in.SendStatusReportsUseCase;
import dev.iptvbridge.application.port.out.ProvisioningStatus;
import dev.iptvbridge.application.port.out.StatusOutboxPort;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StatusReportSenderTest {

    @Test
    void aWrittenReportWakesTheSenderLongBeforeItsPoll() {
        AtomicInteger looks = new AtomicInteger();
        SendStatusReportsUseCase send = (senderId, max) -> {
            looks.incrementAndGet();
            return 0;
        };
        // A poll of an hour: only the wake can make the sender look again within the test.
        StatusReportSender sender = new StatusReportSender(send, Duration.ofHours(1));
        StatusOutboxPort outbox = new WakingStatusOutbox(nothing(), sender::wake);
        sender.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> looks.get() >= 1);
            int before = looks.get();

            outbox.put(7, ProvisioningStatus.OK, "enabled", Instant.parse("2026-12-01T10:00:00Z"));

            await().atMost(Duration.ofSeconds(10)).until(() -> looks.get() > before);
        } finally {
            sender.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aWakeWhileABatchIsSentIsNotLost() {
        AtomicInteger looks = new AtomicInteger();
        StatusReportSender[] holder = new StatusReportSender[1];
        SendStatusReportsUseCase send = (senderId, max) -> {
            // A report is written while the first batch is under way, before the sender pauses.
            if (looks.incrementAndGet() == 1) {
                holder[0].wake();
            }
            return 0;
        };
        holder[0] = new StatusReportSender(send, Duration.ofHours(1));
        holder[0].start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> looks.get() >= 2);
        } finally {
            holder[0].stop(Duration.ofSeconds(5));
        }
    }

    private static StatusOutboxPort nothing() {
        return (StatusOutboxPort) Proxy.newProxyInstance(StatusOutboxPort.class.getClassLoader(),
                new Class<?>[] {StatusOutboxPort.class}, (proxy, method, args) -> null);
    }
}
