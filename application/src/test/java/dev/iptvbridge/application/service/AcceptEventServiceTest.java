package dev.iptvbridge.application.service;

import static dev.iptvbridge.application.service.TestBridge.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.port.in.AcceptEventCommand;
import dev.iptvbridge.application.port.in.AcceptEventResult;
import dev.iptvbridge.application.port.out.InboundEvent;
import dev.iptvbridge.application.port.out.QueueState;
import dev.iptvbridge.application.port.out.TransientFailure;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AcceptEventServiceTest {

    private static final Instant EVENT_TIME = Instant.parse("2026-11-25T14:03:11Z");

    private final TestBridge bridge = new TestBridge();
    private final AcceptEventService service = new AcceptEventService(bridge.inbox, bridge.served, bridge.clock);

    @Test
    void anEventIsStoredWithItsArrivalTimeAndItsAccountQueued() {
        bridge.clock.advance(Duration.ofSeconds(5));

        AcceptEventResult result = service.accept(command(918273, OptionalInt.of(ENV), WorkKey.account(ACCOUNT)));

        assertThat(result).isEqualTo(AcceptEventResult.STORED);
        assertThat(bridge.inbox.events()).containsExactly(new InboundEvent(918273, "Subscriber/Updated",
                OptionalInt.of(ENV), WorkKey.account(ACCOUNT), Optional.of(EVENT_TIME), START.plusSeconds(5)));
        assertThat(bridge.queue.find(WorkKey.account(ACCOUNT))).hasValueSatisfying(entry -> {
            assertThat(entry.state()).isEqualTo(QueueState.QUEUED);
            assertThat(entry.dueAt()).isEqualTo(START.plusSeconds(5));
            assertThat(entry.eventIds()).containsExactly(918273L);
        });
    }

    @Test
    void aRedeliveredEventIsRecognisedAndChangesNothing() {
        service.accept(command(918273, OptionalInt.of(ENV), WorkKey.account(ACCOUNT)));
        bridge.clock.advance(Duration.ofMinutes(5));

        AcceptEventResult again = service.accept(command(918273, OptionalInt.of(ENV), WorkKey.account(ACCOUNT)));

        assertThat(again).isEqualTo(AcceptEventResult.DUPLICATE);
        assertThat(bridge.inbox.events()).hasSize(1);
        assertThat(bridge.queue.all()).singleElement().satisfies(entry -> {
            assertThat(entry.eventIds()).containsExactly(918273L);
            assertThat(entry.dueAt()).isEqualTo(START);
        });
    }

    @Test
    void anEventOfAnotherEnvironmentIsIgnored() {
        AcceptEventResult result = service.accept(command(5, OptionalInt.of(ENV + 1), WorkKey.account(ACCOUNT)));

        assertThat(result).isEqualTo(AcceptEventResult.OTHER_ENVIRONMENT);
        assertThat(bridge.inbox.events()).isEmpty();
        assertThat(bridge.queue.all()).isEmpty();
    }

    @Test
    void anEventWithoutAnEnvironmentIsAcceptedForTheAccountReadLaterToDecide() {
        AcceptEventResult result = service.accept(command(6, OptionalInt.empty(), WorkKey.account(ACCOUNT)));

        assertThat(result).isEqualTo(AcceptEventResult.STORED);
        assertThat(bridge.queue.find(WorkKey.account(ACCOUNT))).isPresent();
    }

    @Test
    void aCustomerEventQueuesTheCustomer() {
        service.accept(command(7, OptionalInt.of(ENV), WorkKey.customer(CUSTOMER)));

        assertThat(bridge.queue.all()).extracting(entry -> entry.key()).containsExactly(WorkKey.customer(CUSTOMER));
    }

    @Test
    void aBridgeServingEveryEnvironmentAcceptsAnyEnvironment() {
        AcceptEventService all = new AcceptEventService(bridge.inbox, ServedEnvironment.ALL, bridge.clock);

        assertThat(all.accept(command(8, OptionalInt.of(42), WorkKey.account(ACCOUNT)))).isEqualTo(AcceptEventResult.STORED);
    }

    @Test
    void anEventThatCannotBeStoredFailsSoThatPortaBillingSendsItAgain() {
        bridge.inbox.setUnavailable(true);

        assertThatThrownBy(() -> service.accept(command(9, OptionalInt.of(ENV), WorkKey.account(ACCOUNT))))
                .isInstanceOf(TransientFailure.class);
        assertThat(bridge.queue.all()).isEmpty();
    }

    private static AcceptEventCommand command(long eventId, OptionalInt environment, WorkKey subject) {
        return new AcceptEventCommand(eventId, "Subscriber/Updated", environment, subject, Optional.of(EVENT_TIME));
    }
}
