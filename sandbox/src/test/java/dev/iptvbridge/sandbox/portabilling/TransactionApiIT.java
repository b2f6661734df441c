package dev.iptvbridge.sandbox.portabilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionApiIT {

    private PortaBillingSimulator simulator;
    private PbClient client;

    @BeforeEach
    void start() {
        simulator = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults());
        simulator.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
        client = new PbClient(simulator.baseUrl()).login();
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    private static Map<String, Object> charge(Object amount, String comment) {
        return Map.of("i_account", 1000889, "action", "Manual charge", "amount", amount, "i_service", 4,
                "visible_comment", "VOD: Dune", "internal_comment", comment, "suppress_notification", 1);
    }

    @Test
    void theSameChargeTwiceChargesTwiceAndTheXdrListShowsBothAndCreditsNegative() {
        assertThat(client.call("Account/make_transaction", charge("3.99", "minerva-purchase:P1")).body())
                .containsEntry("balance", "3.99");
        client.call("Account/make_transaction", charge("3.99", "minerva-purchase:P1"));
        client.call("Account/make_transaction", Map.of("i_account", 1000889, "action", "Manual credit", "amount", "3.99",
                "i_service", 4, "visible_comment", "VOD: Dune", "internal_comment", "minerva-refund:P1"));

        PbClient.Answer list = client.call("Account/get_xdr_list", Map.of("i_account", 1000889,
                "from_date", "2000-01-01 00:00:00", "to_date", "2100-01-01 00:00:00", "i_service", 4));
        List<?> xdrs = (List<?>) list.body().get("xdr_list");
        assertThat(xdrs).hasSize(3);
        assertThat(((Map<?, ?>) xdrs.get(2)).get("charged_amount")).isEqualTo("-3.99");
        assertThat(simulator.transactions()).hasSize(3);
    }

    @Test
    void anUnknownAccountAndAnAmountThatIsNoDecimalStringAreRefusedAndNothingIsApplied() {
        assertThat(client.call("Account/make_transaction", Map.of("i_account", 42, "action", "Manual charge",
                "amount", "1.00", "i_service", 4)).body()).containsEntry("faultcode", "Server.Account.not_found");
        assertThat(client.call("Account/make_transaction", charge(3.99, "x")).body())
                .containsEntry("faultcode", "Client.Account.make_transaction.invalid_amount");
        assertThat(client.call("Account/make_transaction", charge("-1", "x")).body())
                .containsEntry("faultcode", "Client.Account.make_transaction.invalid_amount");
        assertThat(simulator.transactions()).isEmpty();
    }

    @Test
    void aHungChargeIsAppliedAndFailedCallsApplyNothing() {
        simulator.chargeFaults().applyThenHang(100, Duration.ofMillis(10));
        assertThat(client.call("Account/make_transaction", charge("1.00", "c1")).status()).isEqualTo(500);
        assertThat(simulator.transactions()).hasSize(1);
        simulator.chargeFaults().clear();
        simulator.chargeFaults().failCalls("Account/make_transaction", 50);
        client.call("Account/make_transaction", charge("1.00", "c2"));
        client.call("Account/make_transaction", charge("1.00", "c3"));
        assertThat(simulator.transactions()).hasSize(2);
        simulator.setAccountCurrency(1000889, "EUR");
        assertThat(simulator.account(1000889).orElseThrow()).containsEntry("iso_4217", "EUR");
    }
}
