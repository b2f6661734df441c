package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iptvbridge.application.port.out.InboundEvent;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PurgeInboxServiceTest {

    @Test
    void removesOnlyEventsOlderThanTheRetention() {
        TestBridge bridge = new TestBridge();
        bridge.inbox.store(new InboundEvent(1, "Account/Blocked", OptionalInt.of(ENV), WorkKey.account(ACCOUNT),
                Optional.empty(), START.minus(Duration.ofDays(31))));
        bridge.inbox.store(new InboundEvent(2, "Account/Unblocked", OptionalInt.of(ENV), WorkKey.account(ACCOUNT),
                Optional.empty(), START.minus(Duration.ofDays(29))));

        int purged = new PurgeInboxService(bridge.inbox, bridge.clock).purgeOlderThan(Duration.ofDays(30));

        assertThat(purged).isEqualTo(1);
        assertThat(bridge.inbox.events()).extracting(InboundEvent::eventId).containsExactly(2L);
    }
}
