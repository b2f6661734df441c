package dev.iptvbridge.sandbox.portabilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Which events each change emits, in both families, with the exact request PortaBilling sends. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EspfEventsIT {

    static {
        QuietLogs.install();
    }

    private static final Instant START = Instant.parse("2026-11-25T14:03:11Z");
    private static final Pattern I_EVENT = Pattern.compile("\"i_event\":(\\d+)");
    private final MutableClock clock = new MutableClock(START);
    private PortaBillingSimulator simulator;
    private WebhookReceiver receiver;

    @BeforeAll
    void startSimulator() throws Exception {
        simulator = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults(), clock);
        receiver = new WebhookReceiver();
    }

    @AfterAll
    void stop() {
        simulator.close();
        receiver.close();
    }

    @BeforeEach
    void loadDemo() {
        clock.set(START);
        simulator.reset();
        simulator.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
        simulator.espf().configure(receiver.url(), "espf", "s3cret", null);
        simulator.espf().parallelism(1);
        receiver.clear();
    }

    @Test
    void loadingAScenarioEmitsNoEvents() {
        assertThat(simulator.espf().pending()).isZero();
        assertThat(simulator.espf().log()).isEmpty();
    }

    @Test
    void anAccountEventIsExactlyWhatPortaBillingSends() {
        simulator.espf().family(EventFamily.GROUPED);
        simulator.updateAccount(1000889, Map.of("blocked", "Y"));
        WebhookReceiver.Received request = deliveredOnly();
        long iEvent = iEvent(request.body());

        assertThat(request.body()).isEqualTo("{\"event_type\":\"Subscriber/Updated\",\"variables\":{\"i_event\":" + iEvent
                + ",\"i_account\":1000889,\"i_env\":3,\"event_time\":\"2026-11-25 14:03:11\"}}");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Date")).isEqualTo("Wed, 25 Nov 2026 14:03:11 GMT");
        assertThat(request.header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("espf:s3cret".getBytes()));
    }

    @Test
    void aCustomerEventCarriesICustomerAndTheCredentialsGoUnderTheConfiguredHeader() {
        simulator.espf().configure(receiver.url(), "espf", "s3cret", "X-Espf-Auth");
        simulator.espf().family(EventFamily.INTERNAL);
        simulator.updateCustomer(5002, Map.of("bill_status", "S"));
        WebhookReceiver.Received request = deliveredOnly();

        assertThat(request.body()).isEqualTo("{\"event_type\":\"Customer/Status/Suspended\",\"variables\":{\"i_event\":"
                + iEvent(request.body()) + ",\"i_customer\":5002,\"i_env\":3,\"event_time\":\"2026-11-25 14:03:11\"}}");
        assertThat(request.header("X-Espf-Auth")).isEqualTo("Basic " + Base64.getEncoder().encodeToString("espf:s3cret".getBytes()));
        assertThat(request.header("Authorization")).isNull();
    }

    @Test
    void iEventIncreasesAcrossChanges() {
        simulator.updateAccount(1000889, Map.of("blocked", "Y"));
        simulator.updateAccount(1000889, Map.of("blocked", "N"));
        simulator.updateCustomer(5001, Map.of("blocked", "Y"));
        simulator.espf().awaitIdle(Duration.ofSeconds(5));

        // distinct: delivery is at least once, a resend repeats an i_event.
        List<Long> ids = receiver.bodies().stream().map(EspfEventsIT::iEvent).distinct().sorted().toList();
        assertThat(ids).hasSize(3);
        assertThat(ids.get(1)).isEqualTo(ids.get(0) + 1);
        assertThat(ids.get(2)).isEqualTo(ids.get(0) + 2);
    }

    @Test
    void accountChangesInTheInternalFamily() {
        simulator.espf().family(EventFamily.INTERNAL);
        assertThat(typesAfter(() -> simulator.addAccount(Map.of("id", "new@tv.example", "i_customer", 5001, "i_product", 101))))
                .containsExactly("Account/New");
        assertThat(typesAfter(() -> simulator.updateAccount(1000890, Map.of("blocked", "Y")))).containsExactly("Account/Blocked");
        assertThat(typesAfter(() -> simulator.updateAccount(1000890, Map.of("blocked", "N")))).containsExactly("Account/Unblocked");
        assertThat(typesAfter(() -> simulator.updateAccount(1000890, Map.of("i_product", 103)))).containsExactly("Account/Product/Changed");
        assertThat(typesAfter(() -> simulator.updateAccount(1000890, Map.of("assigned_addons", List.of(Map.of("i_product", 201))))))
                .containsExactly("Account/ProductAddon/Inserted");
        assertThat(typesAfter(() -> simulator.updateAccount(1000890, Map.of("assigned_addons",
                List.of(Map.of("i_product", 201, "addon_effective_to", "2027-01-01T00:00:00"))))))
                .containsExactly("Account/ProductAddon/Changed");
        assertThat(typesAfter(() -> simulator.updateAccount(1000890, Map.of("assigned_addons", List.of()))))
                .containsExactly("Account/ProductAddon/Deleted");
        assertThat(typesAfter(() -> simulator.updateAccount(1000890, Map.of("id", "bobby@tv.example")))).containsExactly("Account/ID/Changed");
        assertThat(typesAfter(() -> simulator.updateAccount(1000892, Map.of("bill_status", "O")))).containsExactly("Account/Status/Activated");
        assertThat(typesAfter(() -> simulator.terminateAccount(1000890))).containsExactly("Account/Status/Closed");
    }

    @Test
    void accountChangesInTheGroupedFamily() {
        simulator.espf().family(EventFamily.GROUPED);
        assertThat(typesAfter(() -> simulator.addAccount(Map.of("id", "new@tv.example", "i_customer", 5001, "i_product", 101))))
                .containsExactly("Subscriber/Created");
        assertThat(typesAfter(() -> simulator.updateAccount(1000890, Map.of("blocked", "Y")))).containsExactly("Subscriber/Updated");
        assertThat(typesAfter(() -> simulator.updateAccount(1000890, Map.of("i_product", 103)))).containsExactly("Subscriber/Updated");
        assertThat(typesAfter(() -> simulator.updateAccount(1000890, Map.of("assigned_addons", List.of(Map.of("i_product", 201))))))
                .containsExactly("Subscriber/Updated");
        assertThat(typesAfter(() -> simulator.updateAccount(1000890, Map.of("bill_status", "C")))).containsExactly("Subscriber/Deleted");
    }

    @Test
    void oneUpdateWithSeveralChangesEmitsOneEventPerChange() {
        simulator.espf().family(EventFamily.INTERNAL);
        assertThat(typesAfter(() -> simulator.updateAccount(1000889, Map.of("blocked", "Y", "i_product", 102, "assigned_addons", List.of()))))
                .containsExactly("Account/Product/Changed", "Account/ProductAddon/Deleted", "Account/Blocked");
        assertThat(typesAfter(() -> simulator.updateAccount(1000889, Map.of("blocked", "Y")))).isEmpty();
    }

    @Test
    void customerChangesInBothFamilies() {
        simulator.espf().family(EventFamily.INTERNAL);
        assertThat(typesAfter(() -> simulator.addCustomer(Map.of("name", "Dora")))).containsExactly("Customer/New");
        assertThat(typesAfter(() -> simulator.updateCustomer(5001, Map.of("blocked", "Y")))).containsExactly("Customer/Blocked");
        assertThat(typesAfter(() -> simulator.updateCustomer(5001, Map.of("blocked", "N")))).containsExactly("Customer/Unblocked");
        assertThat(typesAfter(() -> simulator.updateCustomer(5001, Map.of("bill_status", "S")))).containsExactly("Customer/Status/Suspended");
        assertThat(typesAfter(() -> simulator.updateCustomer(5001, Map.of("bill_status", "O"))))
                .containsExactly("Customer/Status/SuspensionRemoved");
        assertThat(typesAfter(() -> simulator.updateCustomer(5001, Map.of("name", "Alice A.")))).isEmpty();
        assertThat(typesAfter(() -> simulator.updateCustomer(5003, Map.of("bill_status", "C"))))
                .containsExactly("Account/Status/Closed", "Account/Status/Closed", "Customer/Status/Closed");

        simulator.espf().family(EventFamily.GROUPED);
        assertThat(typesAfter(() -> simulator.addCustomer(Map.of("name", "Eve")))).containsExactly("Customer/Created");
        assertThat(typesAfter(() -> simulator.updateCustomer(5002, Map.of("bill_status", "S")))).containsExactly("Customer/Updated");
        assertThat(typesAfter(() -> simulator.updateCustomer(5002, Map.of("bill_status", "C"))))
                .containsExactly("Subscriber/Deleted", "Customer/Deleted");
    }

    @Test
    void changesThroughTheApiEmitTheSameEvents() {
        simulator.espf().family(EventFamily.INTERNAL);
        PbClient client = new PbClient(simulator.baseUrl()).login();

        assertThat(typesAfter(() -> client.call("Account/update_account", Map.of("account_info", Map.of("i_account", "1000889", "blocked", "Y")))))
                .containsExactly("Account/Blocked");
        assertThat(typesAfter(() -> client.call("Account/terminate_account", Map.of("i_account", 1000889))))
                .containsExactly("Account/Status/Closed");
        assertThat(typesAfter(() -> client.call("Customer/update_customer", Map.of("customer_info", Map.of("i_customer", 5002, "blocked", "Y")))))
                .containsExactly("Customer/Blocked");
        assertThat(typesAfter(() -> client.call("Account/add_account",
                Map.of("account_info", Map.of("id", "z@tv.example", "i_customer", 5002, "i_product", 102)))))
                .containsExactly("Account/New");
    }

    @Test
    void aRefusedChangeEmitsNothing() {
        assertThat(typesAfter(() -> {
            try {
                simulator.updateAccount(1000889, Map.of("blocked", "Y", "i_product", 999));
            } catch (IllegalArgumentException expected) {
                // the product does not exist
            }
        })).isEmpty();
        assertThat(simulator.account(1000889).orElseThrow()).containsEntry("blocked", "N");
    }

    private List<String> typesAfter(Runnable change) {
        int before = receiver.count();
        change.run();
        assertThat(simulator.espf().awaitIdle(Duration.ofSeconds(5))).isTrue();
        // One type per i_event however often it was sent: delivery is at least once.
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return receiver.bodies().subList(before, receiver.count()).stream()
                .filter(body -> seen.add(iEvent(body)))
                .sorted(Comparator.comparingLong(EspfEventsIT::iEvent))
                .map(body -> body.replaceAll(".*\"event_type\":\"([^\"]+)\".*", "$1"))
                .toList();
    }

    private WebhookReceiver.Received deliveredOnly() {
        assertThat(simulator.espf().awaitIdle(Duration.ofSeconds(5))).isTrue();
        // One event, sent at least once: every request carries its i_event.
        List<WebhookReceiver.Received> all = receiver.received();
        assertThat(all).isNotEmpty();
        assertThat(all.stream().map(r -> iEvent(r.body())).distinct()).hasSize(1);
        return all.get(0);
    }

    static long iEvent(String body) {
        Matcher matcher = I_EVENT.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no i_event in " + body);
        }
        return Long.parseLong(matcher.group(1));
    }
}
