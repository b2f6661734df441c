package dev.iptvbridge.portabilling.espf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.iptvbridge.application.port.in.AcceptEventCommand;
import dev.iptvbridge.application.port.out.WorkKey;
import dev.iptvbridge.sandbox.portabilling.DeliveryFate;
import dev.iptvbridge.sandbox.portabilling.EspfDelivery;
import dev.iptvbridge.sandbox.portabilling.EventFamily;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulator;
import dev.iptvbridge.sandbox.portabilling.PortaBillingSimulatorSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The decoder behind a tiny webhook receiver, fed by the simulator's ESPF sender: what real deliveries look like. */
class EspfWebhookDecoderIT {

    private static final String USER = "espf-bridge";
    private static final String PASSWORD = "espf-secret";
    private static final List<AcceptEventCommand> ACCEPTED = new CopyOnWriteArrayList<>();
    private static PortaBillingSimulator simulator;
    private static HttpServer receiver;
    private static EspfWebhookDecoder decoder;
    private static String url;

    @BeforeAll
    static void start() throws IOException {
        decoder = new EspfWebhookDecoder(new EspfWebhookSettings(USER, PASSWORD, "X-Espf-Auth", 8192));
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/espf", EspfWebhookDecoderIT::handle);
        receiver.start();
        url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/espf";
        simulator = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults());
    }

    @AfterAll
    static void stop() {
        simulator.close();
        receiver.stop(0);
    }

    @BeforeEach
    void demoWorld() throws IOException {
        simulator.reset();
        ACCEPTED.clear();
        try (InputStream demo = EspfWebhookDecoderIT.class.getResourceAsStream("/scenarios/demo.yaml")) {
            simulator.loadScenario(demo);
        }
        simulator.espf().configure(url, USER, PASSWORD, "X-Espf-Auth");
    }

    @Test
    void groupedEventsBecomeCommandsForTheAccountOrCustomer() {
        simulator.espf().family(EventFamily.GROUPED);

        simulator.updateAccount(1000889, Map.of("blocked", "Y"));
        simulator.updateCustomer(5002, Map.of("bill_status", "S"));

        assertThat(simulator.espf().awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(ACCEPTED).extracting(AcceptEventCommand::type, AcceptEventCommand::subject)
                .contains(org.assertj.core.groups.Tuple.tuple("Subscriber/Updated", WorkKey.account(1000889)),
                        org.assertj.core.groups.Tuple.tuple("Customer/Updated", WorkKey.customer(5002)));
        assertThat(ACCEPTED).allSatisfy(command -> assertThat(command.eventTime()).isPresent());
        assertThat(simulator.espf().log()).extracting(EspfDelivery::fate).containsOnly(DeliveryFate.DELIVERED);
    }

    @Test
    void internalEventsBecomeCommandsToo() {
        simulator.espf().family(EventFamily.INTERNAL);

        simulator.updateAccount(1000890, Map.of("blocked", "Y"));
        simulator.terminateAccount(1000891);

        assertThat(simulator.espf().awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(ACCEPTED).extracting(AcceptEventCommand::type)
                .contains("Account/Blocked", "Account/Status/Closed");
        assertThat(ACCEPTED).extracting(AcceptEventCommand::subject)
                .contains(WorkKey.account(1000890), WorkKey.account(1000891));
        // At least once: a resend may repeat an i_event; every event PortaBilling sent became a command.
        assertThat(ACCEPTED).extracting(AcceptEventCommand::eventId)
                .containsAll(simulator.espf().log().stream().map(EspfDelivery::iEvent).toList());
    }

    @Test
    void wrongCredentialsAreAnswered401AndPortaBillingDropsTheEvent() {
        simulator.espf().configure(url, USER, "stale-password", "X-Espf-Auth");

        simulator.updateAccount(1000889, Map.of("blocked", "Y"));

        assertThat(simulator.espf().awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(ACCEPTED).isEmpty();
        assertThat(simulator.espf().log()).isNotEmpty().extracting(EspfDelivery::fate)
                .containsOnly(DeliveryFate.DROPPED);
    }

    private static void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        byte[] body = exchange.getRequestBody().readAllBytes();
        EspfDecoding decoding = decoder.decode(headers, body);
        int status = 200;
        if (decoding instanceof EspfDecoding.Accepted) {
            ACCEPTED.add(((EspfDecoding.Accepted) decoding).command());
        } else {
            status = ((EspfDecoding.Rejected) decoding).rejection().httpStatus();
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
