package dev.iptvbridge.sandbox.portabilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** PortaBilling's delivery semantics: fates, retries with the same i_event, coalescing, and the test knobs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EspfDeliveryIT {

    static {
        QuietLogs.install();
    }

    private PortaBillingSimulator simulator;
    private WebhookReceiver receiver;
    private EspfSender espf;

    @BeforeAll
    void startSimulator() throws Exception {
        simulator = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults());
        receiver = new WebhookReceiver();
        espf = simulator.espf();
    }

    @AfterAll
    void stop() {
        simulator.close();
        receiver.close();
    }

    @BeforeEach
    void loadDemo() {
        simulator.reset();
        simulator.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
        receiver.clear();
        espf.resume();
        espf.configure(receiver.url(), "espf", "s3cret", null);
        espf.family(EventFamily.INTERNAL);
        espf.parallelism(4);
        espf.retryDelay(Duration.ofMillis(50));
        espf.timeout(Duration.ofSeconds(5));
        espf.duplicateFraction(0, 1);
        espf.delay(Duration.ZERO, Duration.ZERO);
        espf.reorder(false);
    }

    @Test
    void a503IsSentAgainWithTheSameIEventUntil200() {
        AtomicInteger calls = new AtomicInteger();
        receiver.answer(r -> calls.incrementAndGet() <= 2 ? 503 : 200);

        simulator.updateAccount(1000889, Map.of("blocked", "Y"));

        assertThat(espf.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(receiver.bodies()).hasSize(3).allMatch(body -> body.equals(receiver.bodies().get(0)));
        EspfDelivery delivery = espf.log().get(0);
        assertThat(delivery.fate()).isEqualTo(DeliveryFate.DELIVERED);
        assertThat(delivery.attempts()).extracting(DeliveryAttempt::status).containsExactly(503, 503, 200);
        assertThat(delivery.eventType()).isEqualTo("Account/Blocked");
        assertThat(delivery.subjectKey()).isEqualTo("i_account");
        assertThat(delivery.subjectId()).isEqualTo(1000889);
    }

    @Test
    void noAnswerWithinTheTimeoutIsSentAgainWithTheSameIEvent() {
        espf.timeout(Duration.ofMillis(300));
        receiver.stallNext(1_000);

        simulator.updateAccount(1000889, Map.of("blocked", "Y"));

        assertThat(espf.awaitIdle(Duration.ofSeconds(5))).isTrue();
        // On a busy machine a second attempt can miss the 300 ms too: at least two, all with the same i_event.
        assertThat(receiver.bodies()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(receiver.bodies().stream().map(EspfEventsIT::iEvent).distinct()).hasSize(1);
        List<DeliveryAttempt> attempts = espf.log().get(0).attempts();
        assertThat(attempts.get(0).timedOut()).isTrue();
        assertThat(attempts.get(0).answered()).isFalse();
        assertThat(attempts.get(attempts.size() - 1).status()).isEqualTo(200);
    }

    @Test
    void a4xxDropsTheEventForGood() {
        receiver.answer(r -> 422);

        simulator.updateAccount(1000889, Map.of("blocked", "Y"));

        assertThat(espf.awaitIdle(Duration.ofSeconds(5))).isTrue();
        // A dropped event is never tried again: one attempt in the sender's log, one request received.
        assertThat(espf.log().get(0).attempts()).hasSize(1);
        assertThat(receiver.count()).isEqualTo(1);
        assertThat(espf.log().get(0).fate()).isEqualTo(DeliveryFate.DROPPED);
        assertThat(espf.pending()).isZero();
    }

    @Test
    void anUnreachableWebhookKeepsTheEventQueued() {
        espf.configure("http://127.0.0.1:1/espf/events", "espf", "s3cret", null);

        simulator.updateAccount(1000889, Map.of("blocked", "Y"));

        assertThat(espf.awaitIdle(Duration.ofMillis(300))).isFalse();
        EspfDelivery delivery = espf.log().get(0);
        assertThat(delivery.fate()).isEqualTo(DeliveryFate.QUEUED);
        assertThat(delivery.attempts()).isNotEmpty().allMatch(a -> !a.answered() && !a.failure().isEmpty());
        espf.configure(receiver.url(), "espf", "s3cret", null);
        assertThat(espf.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(receiver.events()).isEqualTo(1);
    }

    @Test
    void addonChangesAndCustomerSuspensionsKeepOnlyTheLatestUndeliveredEvent() {
        espf.pause();
        simulator.updateAccount(1000890, Map.of("assigned_addons", List.of(Map.of("i_product", 201, "addon_effective_from", "2026-01-01T00:00:00"))));
        simulator.updateAccount(1000890, Map.of("assigned_addons", List.of(Map.of("i_product", 201, "addon_effective_from", "2026-02-01T00:00:00"))));
        simulator.updateAccount(1000890, Map.of("assigned_addons", List.of(Map.of("i_product", 201, "addon_effective_from", "2026-03-01T00:00:00"))));
        simulator.updateAccount(1000890, Map.of("assigned_addons", List.of()));
        simulator.updateAccount(1000889, Map.of("assigned_addons", List.of()));
        simulator.updateCustomer(5001, Map.of("bill_status", "S"));
        simulator.updateCustomer(5001, Map.of("bill_status", "O"));
        assertThat(espf.pending()).isEqualTo(4);
        espf.resume();

        assertThat(espf.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(receiver.events()).isEqualTo(4);
        assertThat(espf.log()).extracting(d -> d.eventType() + " " + d.subjectId() + " " + d.fate()).containsExactly(
                "Account/ProductAddon/Inserted 1000890 DELIVERED",
                "Account/ProductAddon/Changed 1000890 SUPERSEDED",
                "Account/ProductAddon/Changed 1000890 SUPERSEDED",
                "Account/ProductAddon/Deleted 1000890 DELIVERED",
                "Account/ProductAddon/Deleted 1000889 DELIVERED",
                "Customer/Status/Suspended 5001 SUPERSEDED",
                "Customer/Status/SuspensionRemoved 5001 DELIVERED");
        assertThat(espf.log()).filteredOn(d -> d.fate() == DeliveryFate.SUPERSEDED).allMatch(d -> d.attempts().isEmpty());
    }

    @Test
    void anEventWaitingForItsRetryIsSupersededByANewerOne() throws Exception {
        espf.parallelism(1);
        espf.retryDelay(Duration.ofMillis(400));
        // Decided by the event, not switched after the first request: a switch could reach the answer to that
        // very request on a busy machine, and deliver the event that should wait for its retry.
        receiver.answer(r -> r.body().contains("Customer/Status/Suspended\"") ? 503 : 200);
        simulator.updateCustomer(5001, Map.of("bill_status", "S"));
        while (receiver.count() == 0) {
            Thread.sleep(5);
        }
        simulator.updateCustomer(5001, Map.of("bill_status", "O"));

        assertThat(espf.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(espf.log()).extracting(EspfDelivery::fate).containsExactly(DeliveryFate.SUPERSEDED, DeliveryFate.DELIVERED);
        assertThat(receiver.events()).isEqualTo(2);
        assertThat(receiver.bodies().get(receiver.count() - 1)).contains("Customer/Status/SuspensionRemoved");
    }

    @Test
    void duplicatesRepeatDeliveredEventsWithTheSameIEvent() {
        espf.duplicateFraction(1.0, 7);
        simulator.updateAccount(1000889, Map.of("blocked", "Y"));
        simulator.updateAccount(1000890, Map.of("blocked", "Y"));

        assertThat(espf.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(receiver.bodies()).hasSize(4);
        assertThat(receiver.bodies().stream().map(EspfEventsIT::iEvent).distinct()).hasSize(2);
        assertThat(espf.log()).allMatch(d -> d.attempts().size() == 2 && d.fate() == DeliveryFate.DELIVERED);
    }

    @Test
    void aDuplicateFractionDuplicatesAboutThatShare() {
        espf.duplicateFraction(0.3, 42);
        for (int i = 0; i < 200; i++) {
            simulator.updateAccount(1000889, Map.of("blocked", i % 2 == 0 ? "Y" : "N"));
        }

        assertThat(espf.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(receiver.count() - 200).isBetween(30, 90);
    }

    @Test
    void reorderSendsEventsOutOfIEventOrder() {
        espf.parallelism(1);
        espf.reorder(true);
        espf.pause();
        for (int i = 0; i < 40; i++) {
            simulator.updateAccount(1000889, Map.of("blocked", i % 2 == 0 ? "Y" : "N"));
        }
        espf.resume();

        assertThat(espf.awaitIdle(Duration.ofSeconds(5))).isTrue();
        // A resend after a timeout repeats an i_event (at least once); the order is read from the first of each.
        List<Long> order = receiver.bodies().stream().map(EspfEventsIT::iEvent).distinct().toList();
        assertThat(order).hasSize(40).isNotEqualTo(order.stream().sorted().toList());
    }

    @Test
    void withoutReorderingOneThreadSendsInIEventOrder() {
        espf.parallelism(1);
        espf.pause();
        for (int i = 0; i < 40; i++) {
            simulator.updateAccount(1000889, Map.of("blocked", i % 2 == 0 ? "Y" : "N"));
        }
        espf.resume();

        assertThat(espf.awaitIdle(Duration.ofSeconds(5))).isTrue();
        List<Long> order = receiver.bodies().stream().map(EspfEventsIT::iEvent).toList();
        assertThat(order).isSorted();
    }

    @Test
    void aDelayHoldsEachEventBeforeItsFirstAttempt() {
        espf.delay(Duration.ofMillis(200), Duration.ofMillis(300));
        long start = System.nanoTime();
        simulator.updateAccount(1000889, Map.of("blocked", "Y"));

        assertThat(espf.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(Duration.ofNanos(receiver.received().get(0).nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void pausedEventsWaitAndAwaitIdleSaysSo() {
        espf.pause();
        simulator.updateAccount(1000889, Map.of("blocked", "Y"));

        assertThat(espf.awaitIdle(Duration.ofMillis(200))).isFalse();
        assertThat(espf.pending()).isEqualTo(1);
        assertThat(receiver.count()).isZero();
        espf.resume();
        assertThat(espf.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(receiver.events()).isEqualTo(1);
    }

    @Test
    void severalThreadsDeliverAtTheSameTime() {
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger peak = new java.util.concurrent.atomic.AtomicInteger();
        receiver.answer(r -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            sleep(100);
            inFlight.decrementAndGet();
            return 200;
        });
        for (int i = 0; i < 8; i++) {
            simulator.updateAccount(1000889, Map.of("blocked", i % 2 == 0 ? "Y" : "N"));
        }

        assertThat(espf.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(peak.get()).as("deliveries under way at once").isGreaterThan(1);
    }

    @Test
    void aBurstOf20000EventsIsDeliveredWholeAndAtLeastOnce() {
        StringBuilder yaml = new StringBuilder("products: [{i_product: 101, name: TV Basic, addon_priority: 0}]\n"
                + "customers: [{i_customer: 1, name: Burst}]\naccounts:\n");
        for (int i = 0; i < 4_000; i++) {
            yaml.append("  - {i_account: ").append(2_000_000 + i).append(", id: a").append(i).append(", i_customer: 1, i_product: 101}\n");
        }
        simulator.loadScenario(new java.io.ByteArrayInputStream(yaml.toString().getBytes()));
        espf.pause();
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 4_000; i++) {
                simulator.updateAccount(2_000_000 + i, Map.of("blocked", round % 2 == 0 ? "Y" : "N"));
            }
        }
        assertThat(espf.pending()).isEqualTo(20_000);
        long start = System.nanoTime();
        espf.resume();

        assertThat(espf.awaitIdle(Duration.ofMinutes(5))).isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("ESPF burst: 20000 events in %d ms (%.0f/s)%n", took.toMillis(), 20_000_000.0 / Math.max(1, took.toMillis()));
        // At least once: an answer that came after the timeout is sent again (PortaBilling does so too), so a
        // receiver that stores each i_event once holds every event once, whatever the number of requests.
        Set<Long> stored = new HashSet<>(receiver.bodies().stream().map(EspfEventsIT::iEvent).toList());
        assertThat(receiver.count()).isGreaterThanOrEqualTo(20_000);
        assertThat(stored).hasSize(20_000);
        assertThat(espf.log()).hasSize(20_000).allMatch(d -> d.fate() == DeliveryFate.DELIVERED)
                .allMatch(d -> stored.contains(d.iEvent()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
