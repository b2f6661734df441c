package dev.iptvbridge.sandbox.portabilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountApiIT {

    static {
        QuietLogs.install();
    }

    private static final Instant START = Instant.parse("2026-11-25T14:03:11Z");
    private final MutableClock clock = new MutableClock(START);
    private PortaBillingSimulator simulator;
    private PbClient client;

    @BeforeAll
    void startSimulator() {
        simulator = PortaBillingSimulator.start(PortaBillingSimulatorSettings.defaults(), clock);
    }

    @BeforeEach
    void loadDemo() {
        clock.set(START);
        simulator.reset();
        simulator.loadScenario(getClass().getResourceAsStream("/scenarios/demo.yaml"));
        client = new PbClient(simulator.baseUrl()).login();
    }

    @AfterAll
    void stop() {
        simulator.close();
    }

    @Test
    void accountInfoShowsTheAccountWithProductNameAndAddons() {
        PbClient.Answer answer = client.call("Account/get_account_info", Map.of("i_account", 1000889));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(PbClient.json(answer.body())).isEqualTo("{\"account_info\":{\"i_account\":1000889,\"id\":\"alice@tv.example\","
                + "\"i_customer\":5001,\"i_env\":3,\"i_product\":101,\"product_name\":\"TV Basic\",\"blocked\":\"N\","
                + "\"bill_status\":\"O\",\"activation_date\":\"2026-11-25\",\"assigned_addons\":[{\"i_product\":201,"
                + "\"name\":\"Sports pack\",\"addon_priority\":10,\"addon_effective_from\":\"2026-01-01T00:00:00\","
                + "\"addon_effective_to\":null}]}}");
    }

    @Test
    void idsMayBeNumericStrings() {
        assertThat(client.call("Account/get_account_info", Map.of("i_account", "1000890")).object("account_info"))
                .containsEntry("id", "bob@tv.example");
        assertThat(client.call("Customer/get_customer_info", Map.of("i_customer", "5002")).object("customer_info"))
                .containsEntry("name", "Bob Brown");
    }

    @Test
    void aNonNumericIdIsAFaultThatNamesTheField() {
        PbClient.Answer answer = client.call("Account/get_account_info", Map.of("i_account", "alice"));

        assertThat(answer.status()).isEqualTo(500);
        assertThat((String) answer.body().get("faultstring")).contains("i_account");
    }

    @Test
    void anUnknownAccountAnswersAnEmptyObject() {
        PbClient.Answer answer = client.call("Account/get_account_info", Map.of("i_account", 4242));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void aTerminatedAccountStaysReadableAsClosedAndCannotBeChanged() {
        PbClient.Answer terminated = client.call("Account/terminate_account", Map.of("i_account", "1000889"));
        PbClient.Answer update = client.call("Account/update_account", Map.of("account_info", Map.of("i_account", 1000889, "blocked", "Y")));

        assertThat(terminated.status()).isEqualTo(200);
        assertThat(client.call("Account/get_account_info", Map.of("i_account", 1000889)).object("account_info"))
                .containsEntry("bill_status", "C");
        assertThat(update.faultcode()).isEqualTo("Server.Object.closed");
    }

    @Test
    void addAccountCreatesAnAccountReadableThroughTheApi() {
        PbClient.Answer added = client.call("Account/add_account", Map.of("account_info", Map.of(
                "id", "dave@tv.example", "i_customer", "5002", "i_product", 102,
                "assigned_addons", List.of(Map.of("i_product", 201, "addon_effective_from", "2026-12-01 00:00:00")))));

        assertThat(added.status()).isEqualTo(200);
        long iAccount = ((Number) added.body().get("i_account")).longValue();
        assertThat(iAccount).isGreaterThan(1000892);
        Map<String, Object> info = client.call("Account/get_account_info", Map.of("i_account", iAccount)).object("account_info");
        assertThat(info).containsEntry("id", "dave@tv.example").containsEntry("i_customer", 5002).containsEntry("i_env", 3)
                .containsEntry("product_name", "TV Family").containsEntry("blocked", "N").containsEntry("bill_status", "O");
        assertThat(info.get("assigned_addons").toString()).contains("addon_effective_from=2026-12-01T00:00:00");
    }

    @Test
    void addAccountRefusesAnAddonAsMainProductAndAnUnknownCustomer() {
        PbClient.Answer addonAsMain = client.call("Account/add_account", Map.of("account_info",
                Map.of("id", "x@tv.example", "i_customer", 5001, "i_product", 201)));
        PbClient.Answer noCustomer = client.call("Account/add_account", Map.of("account_info",
                Map.of("id", "x@tv.example", "i_customer", 9999, "i_product", 101)));

        assertThat((String) addonAsMain.body().get("faultstring")).contains("add-on");
        assertThat(noCustomer.faultcode()).isEqualTo("Server.Object.not_found");
    }

    @Test
    void updateAccountChangesBlockedProductIdAndAddons() {
        PbClient.Answer answer = client.call("Account/update_account", Map.of("account_info", Map.of(
                "i_account", "1000890", "blocked", "Y", "i_product", 101, "id", "robert@tv.example",
                "assigned_addons", List.of(Map.of("i_product", "201")))));

        assertThat(answer.body()).isEqualTo(Map.of("i_account", 1000890));
        Map<String, Object> info = simulator.account(1000890).orElseThrow();
        assertThat(info).containsEntry("blocked", "Y").containsEntry("i_product", 101L).containsEntry("id", "robert@tv.example");
        assertThat(info.get("assigned_addons").toString()).contains("i_product=201", "addon_effective_from=2026-11-25T14:03:11");
    }

    @Test
    void updateAccountRefusesAFieldItDoesNotModel() {
        PbClient.Answer answer = client.call("Account/update_account", Map.of("account_info", Map.of("i_account", 1000890, "email", "x")));

        assertThat(answer.faultcode()).isEqualTo("Client.Request.invalid_params");
        assertThat((String) answer.body().get("faultstring")).contains("email");
    }

    @Test
    void anInactiveAccountCanBeOpenedThroughBillStatus() {
        client.call("Account/update_account", Map.of("account_info", Map.of("i_account", 1000892, "bill_status", "O")));

        assertThat(simulator.account(1000892).orElseThrow()).containsEntry("bill_status", "O");
    }

    @Test
    void accountListFiltersPagesAndCounts() {
        simulator.terminateAccount(1000891);

        PbClient.Answer carol = client.call("Account/get_account_list", Map.of("i_customer", "5003", "get_total", 1));
        PbClient.Answer carolOpen = client.call("Account/get_account_list", Map.of("i_customer", 5003, "get_not_closed_accounts", 1));
        PbClient.Answer first = client.call("Account/get_account_list", Map.of("i_env", 3, "limit", 3, "offset", 0, "get_total", 1));
        PbClient.Answer rest = client.call("Account/get_account_list", Map.of("i_env", 3, "limit", 3, "offset", 3, "get_total", 1));
        PbClient.Answer otherEnv = client.call("Account/get_account_list", Map.of("i_env", 4));

        // No order is promised [C]: the simulator's is a stable hash, so only membership is asserted.
        assertThat(ids(carol)).containsExactlyInAnyOrder(1000891L, 1000892L);
        assertThat(carol.body().get("total")).isEqualTo(2);
        assertThat(ids(carolOpen)).containsExactly(1000892L);
        assertThat(ids(first)).hasSize(3);
        assertThat(ids(rest)).hasSize(1);
        assertThat(concat(ids(first), ids(rest))).containsExactlyInAnyOrder(1000889L, 1000890L, 1000891L, 1000892L);
        assertThat(first.body().get("total")).isEqualTo(4);
        assertThat(ids(otherEnv)).isEmpty();
        assertThat(otherEnv.body()).doesNotContainKey("total");
    }

    @Test
    void customersCanBeReadAddedAndUpdated() {
        PbClient.Answer added = client.call("Customer/add_customer", Map.of("customer_info", Map.of("name", "Dora Diaz")));
        long iCustomer = ((Number) added.body().get("i_customer")).longValue();
        PbClient.Answer updated = client.call("Customer/update_customer",
                Map.of("customer_info", Map.of("i_customer", String.valueOf(iCustomer), "bill_status", "S", "blocked", "Y")));

        assertThat(updated.body()).isEqualTo(Map.of("i_customer", (int) iCustomer));
        assertThat(client.call("Customer/get_customer_info", Map.of("i_customer", iCustomer)).object("customer_info"))
                .isEqualTo(Map.of("i_customer", (int) iCustomer, "name", "Dora Diaz", "i_env", 3, "bill_status", "S", "blocked", "Y"));
        assertThat(client.call("Customer/get_customer_info", Map.of("i_customer", 777)).body()).isEmpty();
    }

    @Test
    void closingACustomerClosesItsAccounts() {
        client.call("Customer/update_customer", Map.of("customer_info", Map.of("i_customer", 5003, "bill_status", "C")));

        assertThat(simulator.account(1000891).orElseThrow()).containsEntry("bill_status", "C");
        assertThat(simulator.account(1000892).orElseThrow()).containsEntry("bill_status", "C");
        assertThat(simulator.account(1000889).orElseThrow()).containsEntry("bill_status", "O");
    }

    @Test
    void productListShowsMainProductsAndAddons() {
        PbClient.Answer answer = client.call("Product/get_product_list", Map.of("limit", 500, "offset", 0));

        assertThat(PbClient.json(answer.body())).isEqualTo("{\"product_list\":["
                + "{\"i_product\":101,\"name\":\"TV Basic\",\"description\":\"Basic channels\",\"addon_priority\":0},"
                + "{\"i_product\":102,\"name\":\"TV Family\",\"description\":\"Family channels, VOD, DVR, CLI\",\"addon_priority\":0},"
                + "{\"i_product\":103,\"name\":\"Voice Only\",\"description\":\"Telephony without TV\",\"addon_priority\":0},"
                + "{\"i_product\":201,\"name\":\"Sports pack\",\"description\":\"Sports channels add-on\",\"addon_priority\":10}]}");
    }

    @Test
    void subscriptionsListTheProductAndAddonFees() {
        PbClient.Answer answer = client.call("Account/get_subscriptions", Map.of("i_account", 1000889));

        assertThat(PbClient.json(answer.body())).isEqualTo("{\"subscriptions\":["
                + "{\"i_account_subscription\":1000889101,\"i_subscription\":101,\"name\":\"TV Basic monthly\","
                + "\"start_date\":\"2026-11-25\",\"finish_date\":null,\"status\":\"active\"},"
                + "{\"i_account_subscription\":1000889201,\"i_subscription\":201,\"name\":\"Sports pack monthly\","
                + "\"start_date\":\"2026-01-01\",\"finish_date\":null,\"status\":\"active\"}]}");
    }

    @Test
    void theJavaMethodsFailWithTheFaultMessage() {
        assertThatThrownBy(() -> simulator.updateAccount(4242, Map.of("blocked", "Y")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Server.Object.not_found");
        assertThatThrownBy(() -> simulator.updateAccount(1000889, Map.of("bill_status", "X")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bill_status must be O");
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(PbClient.Answer answer) {
        return ((List<Map<String, Object>>) answer.body().get("account_list")).stream()
                .map(a -> ((Number) a.get("i_account")).longValue()).toList();
    }
}
